import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { DEADLINE_WORKING_DAYS, DeadlineRecord, Role } from '@storeops/shared/contracts';
import { ScorecardSchemeEntity } from './entities/scorecard-scheme.entity';

/** A draft 考评方案 version waits for the 营运总监's approval: two working days from when it was drafted. */
@Injectable()
export class SchemeDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['scheme_approval'] as const;
  readonly dataKinds = [] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const rows = await this.db.getRepository(ScorecardSchemeEntity).find({ where: { status: 'draft' }, order: { id: 'ASC' } });
    return rows.map((s) => ({
      kind: 'scheme_approval',
      entity: 'scheme',
      entityId: s.id,
      ref: { schemeVersion: s.schemeVersion },
      title: `${s.name} v${s.schemeVersion}`,
      storeId: null,
      ownerId: null,
      ownerRoles: [Role.Director],
      part: 'approver',
      startedAt: new Date(s.createdAt),
      policy: { kind: 'working_days', days: DEADLINE_WORKING_DAYS.scheme_approval },
      pauses: [],
      doneAt: null,
    }));
  }
}
