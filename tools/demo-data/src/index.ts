export * from './lib/random';
export * from './lib/chain';
