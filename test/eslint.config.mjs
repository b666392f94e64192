import baseConfig from '../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Cross-project suites boot the API from its sources: they reach into apps by design.
    files: ['**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': 'off' },
  },
];
