export * from './lib/complaints.routes';
export * from './lib/office.routes';
