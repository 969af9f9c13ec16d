module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-org-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/org/feature',
};
