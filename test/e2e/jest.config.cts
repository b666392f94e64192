/* End-to-end: the built platform as `npm start` runs it, driven over HTTP and in Chromium. */
module.exports = {
  displayName: 'e2e',
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: {
    '^@knooppunt/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@knooppunt/migrations$': '<rootDir>/migrations/index.ts',
  },
  testTimeout: 120_000,
};
