import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Test helpers (exhaustive reference, random seasons) assert like specs do.
    files: ['src/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
