import { Inject, Injectable } from '@nestjs/common';
import { setTimeout as sleep } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { codedError, hashPassword, runInTransaction, tooManyRequests } from '@storeops/api/core';
import { OrgRepository } from '@storeops/api/org';
import { MeResponse } from '@storeops/shared/contracts';
import { PASSWORD_VERIFIER, PasswordVerifier } from './auth.config';
import { LoginThrottle } from './login-throttle';
import { SessionsService } from './sessions.service';

export interface LoginResult {
  token: string;
  expiresAt: Date;
  me: MeResponse;
}

@Injectable()
export class AuthService {
  /** Verified against when the username is unknown, so both paths cost one scrypt and timing tells nothing. */
  private readonly decoyHash: Promise<string>;

  constructor(
    private readonly org: OrgRepository,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly db: DataSource,
    private readonly throttle: LoginThrottle,
    @Inject(PASSWORD_VERIFIER) private readonly verifier: PasswordVerifier,
  ) {
    this.decoyHash = hashPassword('decoy-password-never-matches');
  }

  async login(username: string, password: string, ip: string | null, previousToken?: string): Promise<LoginResult> {
    // The attempt is reserved (and counted) before the slow check, in one step: parallel guesses cannot all pass.
    const reservation = await this.throttle.reserve(username, ip);
    if (reservation.allowed === false) {
      throw tooManyRequests(
        `Too many failed sign-ins; try again in ${Math.ceil(reservation.retryAfterMs / 1000)} s`,
        reservation.retryAfterMs,
        'login_locked',
      );
    }
    if (reservation.delayMs > 0) await sleep(reservation.delayMs);

    const user = await this.org.findUserForLogin(username);
    const ok = await this.verifier.verify(password, user?.passwordHash ?? (await this.decoyHash));
    if (!user || !ok || !user.active) {
      const blockedMs = await this.throttle.failed(username, ip);
      if (blockedMs > 0) {
        throw tooManyRequests(
          `Too many failed sign-ins from your address; try again in ${Math.ceil(blockedMs / 1000)} s`,
          blockedMs,
          'login_address_blocked',
        );
      }
      throw codedError(401, 'auth.wrong_password');
    }
    await this.throttle.succeeded(username, ip);

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
