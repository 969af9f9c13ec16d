module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
  setupFiles: ['<rootDir>/src/test/env.ts'],
  globalSetup: '<rootDir>/src/test/global-setup.cjs',
  globalTeardown: '<rootDir>/src/test/global-teardown.cjs',
  coverageDirectory: '../../coverage/apps/api',
  testTimeout: 30000,
};
