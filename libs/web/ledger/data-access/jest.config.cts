module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-ledger-data-access',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/ledger/data-access',
};
