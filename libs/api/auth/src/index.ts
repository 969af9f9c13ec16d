export * from './lib/auth.module';
export * from './lib/auth.config';
export * from './lib/csrf.middleware';
export * from './lib/auth.controller';
export * from './lib/sessions.service';
export * from './lib/entities/session.entity';
export * from './lib/entities/login-throttle.entity';
export * from './lib/login-throttle';
