import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { clock, pageWindow, RequestUser, toPage } from '@storeops/api/core';
import { AuditEntryResponse, Page } from '@storeops/shared/contracts';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditEntryEntity } from './entities/audit-entry.entity';

export interface AuditActor {
  id: number | null;
  username: string | null;
}

/** The audit actor of a signed-in user: the one way every domain names who wrote. */
export function actorOf(user: RequestUser): AuditActor {
  return { id: user.id, username: user.username };
}

export type AuditAction = AuditEntryResponse['action'];

const SECRET_FIELDS = new Set(['passwordHash', 'password', 'tokenHash']);

function snapshot(value: object | null | undefined): string | null {
  if (value == null) return null;
  return JSON.stringify(value, (key, v) => (SECRET_FIELDS.has(key) ? '[redacted]' : v));
}

export function toAuditEntryResponse(e: AuditEntryEntity): AuditEntryResponse {
  return {
    id: e.id,
    at: new Date(e.at).toISOString(),
    actorUserId: e.actorUserId,
    actorUsername: e.actorUsername,
    action: e.action as AuditAction,
    entity: e.entity,
    entityId: e.entityId,
    before: e.before ? JSON.parse(e.before) : null,
    after: e.after ? JSON.parse(e.after) : null,
  };
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>) {}

  /** Records one write inside the caller's transaction, so the change and its trace commit together. */
  async record(
    manager: EntityManager,
    actor: AuditActor,
    action: AuditAction,
    entity: string,
    entityId: string | number,
    before: object | null,
    after: object | null,
  ): Promise<void> {
    await manager.insert(AuditEntryEntity, {
      at: clock.now(),
      actorUserId: actor.id,
      actorUsername: actor.username,
      action,
      entity,
      entityId: String(entityId),
      before: snapshot(before),
      after: snapshot(after),
    });
  }

  async list(query: AuditQueryDto): Promise<Page<AuditEntryResponse>> {
    const window = pageWindow(query);
    const qb = this.entries.createQueryBuilder('a').orderBy('a.id', 'DESC').skip(window.skip).take(window.take);
    if (query.entity) qb.andWhere('a.entity = :entity', { entity: query.entity });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.actorUserId) qb.andWhere('a.actorUserId = :actor', { actor: query.actorUserId });
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.from) qb.andWhere('a.at >= :from', { from: new Date(query.from) });
    if (query.to) qb.andWhere('a.at <= :to', { to: new Date(query.to) });
    const [rows, total] = await qb.getManyAndCount();
    return toPage(rows, total, window, toAuditEntryResponse);
  }
}
