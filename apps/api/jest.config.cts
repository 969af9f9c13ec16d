module.exports = {
  displayName: 'api',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  // *.pg-spec.ts need PostgreSQL (several API processes on one database): collected only when DATABASE_URL names one.
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    ...(/^postgres(ql)?:\/\//.test(process.env['DATABASE_URL'] ?? '') ? ['<rootDir>/src/**/*.pg-spec.ts'] : []),
  ],
  setupFiles: ['<rootDir>/src/test/env.ts'],
  globalSetup: '<rootDir>/src/test/global-setup.cjs',
  globalTeardown: '<rootDir>/src/test/global-teardown.cjs',
  coverageDirectory: '../../coverage/apps/api',
  testTimeout: 30000,
};
