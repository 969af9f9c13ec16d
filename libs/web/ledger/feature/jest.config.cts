module.exports = {
  ...require('../../../../jest.angular.cjs'),
  displayName: 'web-ledger-feature',
  preset: '../../../../jest.preset.js',
  setupFilesAfterEnv: ['<rootDir>/src/test-setup.ts'],
  coverageDirectory: '../../../../coverage/libs/web/ledger/feature',
};
