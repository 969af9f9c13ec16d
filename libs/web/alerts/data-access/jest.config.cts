module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-alerts-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/alerts/data-access',
};
