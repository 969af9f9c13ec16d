import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash, randomBytes } from 'node:crypto';
import { LessThan, Repository } from 'typeorm';
import { clock, RequestUser, SessionRevoker, writerBusy } from '@storeops/api/core';
import { OrgRepository } from '@storeops/api/org';
import { AUTH_CONFIG, AuthConfig } from './auth.config';
import { SessionEntity } from './entities/session.entity';

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Writing lastSeenAt on every request would make every read a write; a minute's slack is plenty for a 2-hour idle limit. */
const TOUCH_INTERVAL_MS = 60_000;

@Injectable()
export class SessionsService implements SessionRevoker {
  constructor(
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
    private readonly org: OrgRepository,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** Opens a session and returns the token for the cookie; the token itself is never stored. */
  async open(userId: number, ip: string | null): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const now = clock.now();
    const expiresAt = new Date(now.getTime() + this.config.absoluteMs);
    await this.sessions.insert({ tokenHash: hashToken(token), userId, createdAt: now, lastSeenAt: now, expiresAt, ip });
    // Sessions that ended long ago are swept whenever someone signs in.
    await this.sessions.delete({ expiresAt: LessThan(now) });
    return { token, expiresAt };
  }

  /** The caller behind a token, or null when the session is unknown, idle too long, past its end, or its user is inactive. */
  async resolve(token: string): Promise<RequestUser | null> {
    const tokenHash = hashToken(token);
    const session = await this.sessions.findOneBy({ tokenHash });
    if (!session) return null;
    const now = clock.ms();
    const lastSeen = new Date(session.lastSeenAt).getTime();
    if (new Date(session.expiresAt).getTime() <= now || lastSeen + this.config.idleMs <= now) {
      await this.sessions.delete({ tokenHash });
      return null;
    }
    const user = await this.org.findUserById(session.userId);
    if (!user || !user.active) {
      await this.revokeAllForUser(session.userId);
      return null;
    }
    // Best effort: while an import holds SQLite's writer the touch waits for the next request.
    if (now - lastSeen > TOUCH_INTERVAL_MS && !writerBusy(this.sessions.manager.connection)) {
      await this.sessions.update({ tokenHash }, { lastSeenAt: new Date(now) });
    }
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      storeId: user.storeId,
      categoryIds: (user.categories ?? []).map((c) => c.id).sort((a, b) => a - b),
      sessionId: tokenHash,
    };
  }

  async close(token: string): Promise<void> {
    await this.sessions.delete({ tokenHash: hashToken(token) });
  }

  async revokeAllForUser(userId: number): Promise<void> {
    await this.sessions.delete({ userId });
  }
}
