import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { DEADLINE_WORKING_DAYS, DeadlineRecord, Role } from '@storeops/shared/contracts';
import { TargetDecompositionEntity } from './entities';

/** A published 指标分解 waits for the 营运总监's approval: two working days from its publication. */
@Injectable()
export class DecompositionDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['split_approval'] as const;
  readonly dataKinds = [] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const rows = await this.db.getRepository(TargetDecompositionEntity).find({ where: { status: 'published' }, order: { id: 'ASC' } });
    return rows.map((d) => ({
      kind: 'split_approval',
      entity: 'decomposition',
      entityId: d.id,
      ref: { year: d.year, metric: d.metric },
      title: `${d.year} ${d.metric}`,
      storeId: null,
      ownerId: null,
      ownerRoles: [Role.Director],
      part: 'approver',
      startedAt: new Date(d.publishedAt ?? d.createdAt),
      policy: { kind: 'working_days', days: DEADLINE_WORKING_DAYS.split_approval },
      pauses: [],
      doneAt: null,
    }));
  }
}
