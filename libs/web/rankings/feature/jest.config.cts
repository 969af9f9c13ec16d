module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-rankings-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/rankings/feature',
};
