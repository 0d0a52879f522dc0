/** Unit and service tests beside the code (*.spec.ts); end-to-end tests across processes in test/ (*.e2e-spec.ts). */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

module.exports = {
  testEnvironment: '<rootDir>/test/node-environment.js',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^@modelserve/(.*)$': '<rootDir>/libs/$1/src' },
  testMatch: [
    '<rootDir>/apps/**/*.spec.ts',
    '<rootDir>/libs/**/*.spec.ts',
    '<rootDir>/test/**/*.spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  globalSetup: '<rootDir>/test/global-setup.ts',
  globalTeardown: '<rootDir>/test/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  testTimeout: 60_000,
  // Serial: end-to-end suites start processes from dist/, which the README test rebuilds, and the
  // machine has two cores that the services under test need.
  maxWorkers: 1,
};
