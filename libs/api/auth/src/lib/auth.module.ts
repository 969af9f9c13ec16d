import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SESSION_REVOKER, verifyPassword } from '@storeops/api/core';
import { AuditModule } from '@storeops/api/audit';
import { OrgModule } from '@storeops/api/org';
import { AUTH_CONFIG, loadAuthConfig, PASSWORD_VERIFIER } from './auth.config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleEntity } from './entities/login-throttle.entity';
import { SessionEntity } from './entities/session.entity';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity, LoginThrottleEntity]), OrgModule, AuditModule],
  controllers: [AuthController],
  providers: [
    { provide: AUTH_CONFIG, useFactory: loadAuthConfig },
    SessionsService,
    AuthService,
    LoginThrottle,
    { provide: PASSWORD_VERIFIER, useValue: { verify: verifyPassword } },
    { provide: SESSION_REVOKER, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SESSION_REVOKER, SessionsService, AUTH_CONFIG],
})
export class AuthModule {}
