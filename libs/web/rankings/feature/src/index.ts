export * from './lib/area/rankings-area-page';
export * from './lib/ranking/store-ranking-page';
export * from './lib/schemes/schemes-page';
export * from './lib/profile/store-profile-page';
export * from './lib/dashboard/dashboard-page';
