export * from './lib/alerts-page';
export * from './lib/work-calendar-page';
