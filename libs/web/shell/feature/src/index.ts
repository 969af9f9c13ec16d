export * from './lib/layout/shell-layout';
export * from './lib/layout/nav-items';
export * from './lib/pages/status-pages';
export * from './lib/pages/area-page';
export * from './lib/pages/targets-page';
export * from './lib/pages/targets-tabs';
