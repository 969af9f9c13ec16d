module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-rankings-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/rankings/data-access',
};
