import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditActor, AuditService } from '@storeops/api/audit';
import { bumpDataVersion, clock, runInTransaction } from '@storeops/api/core';
import { CorrectiveActionSourceKind, CorrectiveActionStatus } from '@storeops/shared/contracts';
import { CorrectiveActionEntity } from './entities';
import { toCorrectiveActionResponse } from './mappers';

/** A finding to fix that did not come from an inspection: a price or quality check, a meeting's action. */
export interface OpenFindingInput {
  storeId: number;
  /** What the store must fix (at most 200 characters; longer is cut). */
  title: string;
  dueAt: Date | string;
  sourceKind: Exclude<CorrectiveActionSourceKind, 'inspection'>;
  sourceId: number;
  /** Who found it and verifies the fix; none: the office (综合管理处) verifies. */
  verifierId?: number | null;
  /** Who opened it, for the audit log (the system when absent). */
  by?: AuditActor;
}

/** What the source's page shows of an action it opened. */
export interface FindingState {
  id: number;
  sourceKind: CorrectiveActionSourceKind;
  sourceId: number | null;
  storeId: number;
  title: string;
  status: CorrectiveActionStatus;
  dueAt: string;
}

/**
 * The corrective-action loop (整改) for other domains: open a store's action from a finding of theirs, and read the
 * state of the actions they opened. The 店长 closes it like an inspection's (note and photo); its finder or the office
 * verifies it; it is a `corrective_action` deadline in the alert centre. Inspections never depend on the callers.
 */
@Injectable()
export class CorrectiveActionsPort {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Opens one action and returns its id. Inside the caller's transaction when `manager` is given (nothing is left
   * behind if it rolls back); the alert centre reads it again after the write.
   */
  async openFinding(input: OpenFindingInput, manager?: EntityManager): Promise<number> {
    const work = async (em: EntityManager): Promise<number> => {
      const now = clock.now();
      const saved = await em.save(
        em.create(CorrectiveActionEntity, {
          inspectionId: null,
          itemId: null,
          categoryId: null,
          storeId: input.storeId,
          sourceKind: input.sourceKind,
          sourceId: input.sourceId,
          title: input.title.trim().slice(0, 200),
          verifierId: input.verifierId ?? null,
          openedAt: now,
          status: 'open',
          dueAt: new Date(input.dueAt),
          closedNote: null,
          closedPhotoId: null,
          closedAt: null,
          verifiedBy: null,
          verifiedAt: null,
          reopenReason: null,
        }),
      );
      await this.audit.record(em, input.by ?? { id: null, username: null }, 'create', 'corrective_action', saved.id, null, {
        ...toCorrectiveActionResponse(saved, now),
      });
      await bumpDataVersion(em, 'inspections');
      return saved.id;
    };
    return manager ? work(manager) : runInTransaction(this.db, work);
  }

  /** The actions opened from the given source records, oldest first. */
  async findingsOf(sourceKind: CorrectiveActionSourceKind, sourceIds: readonly number[], manager?: EntityManager): Promise<FindingState[]> {
    if (!sourceIds.length) return [];
    const rows = await (manager ?? this.db.manager).find(CorrectiveActionEntity, {
      where: { sourceKind, sourceId: In([...new Set(sourceIds)]) },
      order: { id: 'ASC' },
    });
    return rows.map((a) => ({
      id: a.id,
      sourceKind: a.sourceKind,
      sourceId: a.sourceId,
      storeId: a.storeId,
      title: a.title ?? '',
      status: a.status,
      dueAt: new Date(a.dueAt).toISOString(),
    }));
  }
}
