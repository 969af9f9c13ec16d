module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-shell-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/shell/feature',
};
