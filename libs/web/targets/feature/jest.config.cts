module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-targets-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/targets/feature',
};
