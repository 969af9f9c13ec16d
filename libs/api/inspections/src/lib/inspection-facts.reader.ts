import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CorrectiveActionEntity, InspectionEntity } from './entities';

/** An inspection as rankings read it. */
export interface InspectionFact {
  id: number;
  storeId: number;
  categoryId: number | null;
  score: number | null;
  criticalFailed: boolean;
  inspectedAt: Date;
}

/** A corrective action as rankings read it (on time or late). */
export interface ActionFact {
  storeId: number;
  status: string;
  dueAt: Date;
  closedAt: Date | null;
}

function toInspectionFact(r: InspectionEntity): InspectionFact {
  return {
    id: r.id,
    storeId: r.storeId,
    categoryId: r.categoryId,
    score: r.score === null ? null : Number(r.score),
    criticalFailed: Boolean(r.criticalFailed),
    inspectedAt: new Date(r.inspectedAt),
  };
}

/**
 * The inspections domain's read port: period scores and actions due, for rankings and the dashboard, without their
 * reading the inspections' tables (docs/architecture.md).
 */
@Injectable()
export class InspectionFacts {
  constructor(private readonly db: DataSource) {}

  /** Every inspection dated in [from, to). */
  async inspectionsBetween(from: Date, to: Date): Promise<InspectionFact[]> {
    const rows = await this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .select(['i.id', 'i.storeId', 'i.categoryId', 'i.score', 'i.criticalFailed', 'i.inspectedAt'])
      .where('i.inspectedAt >= :from AND i.inspectedAt < :to', { from, to })
      .getMany();
    return rows.map(toInspectionFact);
  }

  /** The inspections with a failed critical item dated in [from, to), the latest first. */
  async criticalFailuresBetween(from: Date, to: Date): Promise<InspectionFact[]> {
    const rows = await this.db.manager
      .createQueryBuilder(InspectionEntity, 'i')
      .select(['i.id', 'i.storeId', 'i.categoryId', 'i.score', 'i.criticalFailed', 'i.inspectedAt'])
      .where('i.criticalFailed = :yes AND i.inspectedAt >= :from AND i.inspectedAt < :to', { yes: true, from, to })
      .orderBy('i.inspectedAt', 'DESC')
      .getMany();
    return rows.map(toInspectionFact);
  }

  /** Corrective actions due in [from, until). */
  async actionsDueBetween(from: Date, until: Date): Promise<ActionFact[]> {
    const rows = await this.db.manager
      .createQueryBuilder(CorrectiveActionEntity, 'a')
      .select(['a.id', 'a.storeId', 'a.status', 'a.dueAt', 'a.closedAt'])
      .where('a.dueAt >= :from AND a.dueAt < :until', { from, until })
      .getMany();
    return rows.map((r) => ({
      storeId: r.storeId,
      status: r.status,
      dueAt: new Date(r.dueAt),
      closedAt: r.closedAt ? new Date(r.closedAt) : null,
    }));
  }

  /** Per store, the open (or reopened) corrective actions already past due at `now`. */
  async overdueActionsByStore(now: Date): Promise<Map<number, number>> {
    const rows = await this.db.manager
      .createQueryBuilder(CorrectiveActionEntity, 'a')
      .select('a.storeId', 'storeId')
      .addSelect('COUNT(*)', 'n')
      .where(`a.status IN ('open', 'reopened') AND a.dueAt < :now`, { now })
      .groupBy('a.storeId')
      .getRawMany<{ storeId: number | string; n: number | string }>();
    return new Map(rows.map((r) => [Number(r.storeId), Number(r.n)]));
  }
}
