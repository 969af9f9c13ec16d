import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { StoreDirectory } from '@storeops/api/org';
import { DeadlineRecord, Role } from '@storeops/shared/contracts';
import { MeetingActionEntity } from './entities/meeting.entity';

/**
 * Every open meeting action as a deadline of the alert centre: owned by the action's owner (a person), due at its
 * due instant on the calendar clock, gone once done. A 店长's action counts at their store (where they see it).
 */
@Injectable()
export class MeetingActionDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['meeting_action'] as const;
  readonly dataKinds = ['meetings', 'org'] as const;

  constructor(
    private readonly db: DataSource,
    private readonly stores: StoreDirectory,
  ) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const open = await this.db.getRepository(MeetingActionEntity).find({ where: { status: 'open' }, order: { id: 'ASC' } });
    if (!open.length) return [];
    const people = new Map((await this.stores.activeUsers()).map((u) => [u.id, u]));
    return open.map((a) => {
      const owner = people.get(a.ownerId);
      return {
        kind: 'meeting_action',
        entity: 'meeting_action',
        entityId: a.id,
        ref: { meetingId: a.meetingId },
        title: `会议事项：${a.title}`,
        storeId: owner?.role === Role.StoreManager ? owner.storeId : a.storeId,
        ownerId: a.ownerId,
        ownerRoles: [],
        startedAt: new Date(a.createdAt),
        policy: { kind: 'calendar', dueAt: new Date(a.dueAt) },
        pauses: [],
        doneAt: null,
      };
    });
  }
}
