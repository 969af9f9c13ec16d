import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SESSION_REVOKER } from '@storeops/api/core';
import { OrgModule } from '@storeops/api/org';
import { AUTH_CONFIG, loadAuthConfig } from './auth.config';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { SessionEntity } from './entities/session.entity';
import { SessionsService } from './sessions.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([SessionEntity]), OrgModule],
  controllers: [AuthController],
  providers: [
    { provide: AUTH_CONFIG, useFactory: loadAuthConfig },
    SessionsService,
    AuthService,
    { provide: SESSION_REVOKER, useExisting: SessionsService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [SESSION_REVOKER, SessionsService, AUTH_CONFIG],
})
export class AuthModule {}
