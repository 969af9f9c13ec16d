import { HttpStatus, Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { DetailedError, hashPassword, runInTransaction, verifyPassword } from '@storeops/api/core';
import { OrgRepository } from '@storeops/api/org';
import { MeResponse } from '@storeops/shared/contracts';
import { AUTH_CONFIG, AuthConfig } from './auth.config';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  me: MeResponse;
}

@Injectable()
export class AuthService {
  private readonly throttle: LoginThrottle;
  /** Verified against when the username is unknown, so both paths cost one scrypt and timing tells nothing. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly org: OrgRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly db: DataSource,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {
    this.throttle = new LoginThrottle(config.failureWindowMs);
    this.decoyHash = hashPassword('decoy-password-never-matches');
  }

  async login(username: string, password: string, ip: string | null, previousToken?: string): Promise<LoginResult> {
    const userKey = `user:${username.trim().toLowerCase()}`;
    const ipKey = `ip:${ip ?? 'unknown'}`;
    const wait = Math.max(
      this.throttle.retryAfterMs(userKey, this.config.maxFailuresPerUsername),
      this.throttle.retryAfterMs(ipKey, this.config.maxFailuresPerAddress),
    );
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new DetailedError(HttpStatus.TOO_MANY_REQUESTS, `Too many failed sign-ins; try again in ${seconds} s`, [
        { field: 'retryAfter', problem: String(seconds) },
      ]);
    }

    const user = await this.org.findUserForLogin(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !ok || !user.active) {
      this.throttle.fail(userKey);
      this.throttle.fail(ipKey);
      throw new UnauthorizedException('Wrong username or password');
    }
    this.throttle.reset(userKey);

    // A new session id at every login; the one the browser came with, if any, ends here.
    if (previousToken) await this.sessions.close(previousToken);
    const { token, expiresAt } = await this.sessions.open(user.id, ip);
    await runInTransaction(this.db, (em) =>
      this.audit.record(em, { id: user.id, username: user.username }, 'login', 'session', user.id, null, { ip }),
    );
    return {
      token,
      expiresAt,
      me: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        storeId: user.storeId,
        categoryIds: (user.categories ?? []).map((c) => c.id).sort((a, b) => a - b),
      },
    };
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    const user = await this.sessions.resolve(token);
    await this.sessions.close(token);
    if (user) {
      await runInTransaction(this.db, (em) =>
        this.audit.record(em, { id: user.id, username: user.username }, 'logout', 'session', user.id, null, null),
      );
    }
  }
}
