export * from './lib/rankings-api';
export * from './lib/ranking-view';
export * from './lib/waterfall';
export * from './lib/store-ranking.store';
export * from './lib/schemes.store';
export * from './lib/dashboard.store';
export * from './lib/store-profile.store';
export * from './lib/scheme-form';
