export * from './lib/alerts-api';
export * from './lib/alert-count.store';
export * from './lib/alert-list.store';
export * from './lib/alert-settings.store';
export * from './lib/work-calendar-api';
export * from './lib/work-calendar.store';
