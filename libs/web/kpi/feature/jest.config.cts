module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-kpi-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/kpi/feature',
};
