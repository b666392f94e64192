/* Integration suites: the real app, the real migrations, GraphQL over HTTP. */
module.exports = {
  displayName: 'integration',
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/integration/**/*.integration-spec.ts'],
  transform: { '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/test/tsconfig.json' }] },
  moduleNameMapper: {
    '^@knooppunt/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@knooppunt/matching$': '<rootDir>/libs/matching/src/index.ts',
    '^@knooppunt/scheduling$': '<rootDir>/libs/scheduling/src/index.ts',
    '^@knooppunt/migrations$': '<rootDir>/migrations/index.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
