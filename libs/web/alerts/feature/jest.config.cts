module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-alerts-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/alerts/feature',
};
