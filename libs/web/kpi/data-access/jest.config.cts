module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-kpi-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/kpi/data-access',
};
