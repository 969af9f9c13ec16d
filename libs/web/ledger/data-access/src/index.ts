export * from './lib/complaints-api';
export * from './lib/complaints.stores';
export * from './lib/complaint-periods';
export * from './lib/test-factories';
