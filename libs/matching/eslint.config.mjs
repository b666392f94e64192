import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Test helpers (LP reference, brute-force checker) assert like specs do.
    files: ['src/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
];
