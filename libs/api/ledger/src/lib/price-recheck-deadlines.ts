import { Injectable } from '@nestjs/common';
import { DataSource, IsNull, Not } from 'typeorm';
import { DEADLINE_SOURCE, DeadlineSource } from '@storeops/api/core';
import { DeadlineRecord, Role } from '@storeops/shared/contracts';
import { PriceCheckEntity } from './entities/price-check.entity';

/** A re-check is due soon from a week before its day: the office plans the visit. */
const SOON_DAYS = 7;

/**
 * Every open 进售价复查 as the office's deadline in the alert centre (综合管理处): due by the day the check set,
 * until a later check of the store closes it (data kind `ledger`).
 */
@Injectable()
export class PriceRecheckDeadlines implements DeadlineSource {
  readonly [DEADLINE_SOURCE] = true as const;
  readonly kinds = ['price_recheck'] as const;
  readonly dataKinds = ['ledger'] as const;

  constructor(private readonly db: DataSource) {}

  async openDeadlines(): Promise<DeadlineRecord[]> {
    const rows = await this.db.manager.find(PriceCheckEntity, {
      where: { recheckDueAt: Not(IsNull()), recheckDoneAt: IsNull() },
      relations: { store: true },
      order: { id: 'ASC' },
    });
    return rows.map((c) => {
      const dueAt = new Date(c.recheckDueAt as Date);
      return {
        kind: 'price_recheck',
        entity: 'price_check',
        entityId: c.id,
        ref: { storeId: c.storeId },
        title: `${c.store?.code ?? ''} ${c.store?.name ?? ''} 价格复查（上次 ${c.accuracyBp / 100}%）`.trim(),
        storeId: c.storeId,
        ownerId: null,
        ownerRoles: [Role.AdminOffice],
        startedAt: new Date(c.checkedAt),
        policy: { kind: 'calendar', dueAt },
        soonFrom: new Date(dueAt.getTime() - SOON_DAYS * 86_400_000),
        pauses: [],
        doneAt: null,
      };
    });
  }
}
