export * from './lib/complaints.routes';
