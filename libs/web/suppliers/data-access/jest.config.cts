module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-suppliers-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/suppliers/data-access',
};
