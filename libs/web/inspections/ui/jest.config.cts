module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-inspections-ui',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/inspections/ui',
};
