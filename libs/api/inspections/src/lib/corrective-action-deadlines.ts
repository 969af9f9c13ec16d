import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { DeadlineRecord, Role } from '@storeops/shared/contracts';
import { CorrectiveActionEntity } from './entities';

/**
 * Corrective actions as deadlines: an open or reopened 整改 is its store's to fix by its due time (the 店长 answers
 * for it), counted from the inspection on the calendar (its due day was set in working days when it opened).
 */
@Injectable()
export class CorrectiveActionDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['corrective_action'] as const;
  readonly dataKinds = ['inspections'] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const rows = await this.db.getRepository(CorrectiveActionEntity).find({
      where: { status: In(['open', 'reopened']) },
      relations: { item: true, inspection: true },
      order: { id: 'ASC' },
    });
    return rows.map((a) => ({
      kind: 'corrective_action',
      entity: 'corrective_action',
      entityId: a.id,
      title: a.item?.title ?? '',
      storeId: a.storeId,
      ownerId: null,
      ownerRoles: [Role.StoreManager],
      startedAt: new Date(a.inspection?.inspectedAt ?? a.dueAt),
      policy: { kind: 'calendar', dueAt: new Date(a.dueAt) },
      pauses: [],
      doneAt: null,
    }));
  }
}
