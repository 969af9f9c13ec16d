module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-suppliers-ui',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/suppliers/ui',
};
