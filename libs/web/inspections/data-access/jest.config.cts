module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-inspections-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/inspections/data-access',
};
