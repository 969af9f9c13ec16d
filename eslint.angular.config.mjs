import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';

/** The lint setup of every Angular project (apps/web and libs/web/**): the root rules plus Angular's, prefix `so`. */
export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'so', style: 'camelCase' }],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'so', style: 'kebab-case' }],
    },
  },
];
