module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-auth-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/auth/data-access',
};
