export * from './lib/complaints.routes';
export * from './lib/office.routes';
export * from './lib/meetings.routes';
export * from './lib/violations.routes';
export * from './lib/price-checks.routes';
