export * from './lib/random';
export * from './lib/chain';
export * from './lib/facts';
