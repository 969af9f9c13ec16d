/**
 * The Angular part of every web project's jest config (apps/web and libs/web/**): jest-preset-angular's transform
 * for TypeScript, templates and ESM-only packages, and its snapshot serializers. Each project's jest.config.cts
 * spreads this and adds its own name, preset path, setup file and coverage folder.
 */
module.exports = {
  transform: {
    '^.+\\.(ts|mjs|js|html)$': [
      'jest-preset-angular',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        stringifyContentPathRegex: '\\.(html|svg)$',
      },
    ],
  },
  transformIgnorePatterns: ['node_modules/(?!.*\\.mjs$)'],
  snapshotSerializers: [
    'jest-preset-angular/build/serializers/no-ng-attributes',
    'jest-preset-angular/build/serializers/ng-snapshot',
    'jest-preset-angular/build/serializers/html-comment',
  ],
};
