module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-org-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/org/data-access',
};
