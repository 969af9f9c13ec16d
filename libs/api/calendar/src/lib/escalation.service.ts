import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@storeops/api/audit';
import { clock, invalidField, RequestUser, runInTransaction } from '@storeops/api/core';
import {
  DEADLINE_KINDS,
  DEADLINE_READERS,
  DEFAULT_ESCALATION,
  EscalationLadders,
  EscalationLaddersResponse,
  EscalationStep,
  Role,
} from '@storeops/shared/contracts';
import { ReplaceEscalationDto } from './dto/alerts.dto';
import { AlertEscalationEntity } from './entities/alerts.entity';

/** The defaults with the kinds the admin replaced. */
function laddersOf(rows: AlertEscalationEntity[]): EscalationLadders {
  const ladders: EscalationLadders = { ...DEFAULT_ESCALATION };
  for (const row of rows)
    if ((DEADLINE_KINDS as readonly string[]).includes(row.kind)) ladders[row.kind as keyof EscalationLadders] = row.steps;
  return ladders;
}

/**
 * The escalation ladders: the defaults (DEFAULT_ESCALATION) unless the admin replaced a kind's. Read from the
 * database at each use (eight rows at most), so every process applies the same ladder at once.
 */
@Injectable()
export class EscalationService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async ladders(): Promise<EscalationLadders> {
    return laddersOf(await this.db.getRepository(AlertEscalationEntity).find());
  }

  async read(): Promise<EscalationLaddersResponse> {
    const rows = await this.db.getRepository(AlertEscalationEntity).find();
    const ladders = laddersOf(rows);
    const last = rows
      .filter((r) => r.updatedAt)
      .sort((a, b) => new Date(b.updatedAt as Date).getTime() - new Date(a.updatedAt as Date).getTime())[0];
    return {
      ladders,
      updatedBy: last?.updatedBy ?? null,
      updatedAt: last?.updatedAt ? new Date(last.updatedAt).toISOString() : null,
    };
  }

  /**
   * Replaces the ladders of the kinds given (checked whole: a step to a role that cannot see the kind, or the same
   * number of days twice, is a 400 naming `ladders.<kind>.<i>…`, and nothing is saved).
   */
  async replace(user: RequestUser, dto: ReplaceEscalationDto): Promise<EscalationLaddersResponse> {
    const given = DEADLINE_KINDS.filter((k) => dto.ladders[k] !== undefined).map((k) => [k, dto.ladders[k] as EscalationStep[]] as const);
    for (const [kind, steps] of given) {
      const days = new Set<number>();
      steps.forEach((step, i) => {
        if (step.toRole !== Role.Admin && !DEADLINE_READERS[kind].includes(step.toRole)) {
          throw invalidField(`ladders.${kind}.${i}.toRole`, 'alert.escalation_role_cannot_see', { role: step.toRole });
        }
        if (days.has(step.afterWorkingDays)) {
          throw invalidField(`ladders.${kind}.${i}.afterWorkingDays`, 'alert.escalation_days_twice', { days: step.afterWorkingDays });
        }
        days.add(step.afterWorkingDays);
      });
    }
    const before = await this.ladders();
    await runInTransaction(this.db, async (em) => {
      for (const [kind, steps] of given) {
        const sorted = [...steps]
          .sort((a, b) => a.afterWorkingDays - b.afterWorkingDays)
          .map(({ afterWorkingDays, toRole }) => ({ afterWorkingDays, toRole }));
        await em.save(em.create(AlertEscalationEntity, { kind, steps: sorted, updatedBy: user.username, updatedAt: clock.now() }));
      }
      const kinds = given.map(([k]) => k);
      await this.audit.record(
        em,
        actorOf(user),
        'update',
        'alert_escalation',
        kinds.join(','),
        Object.fromEntries(kinds.map((k) => [k, before[k]])),
        Object.fromEntries(given),
      );
    });
    return this.read();
  }
}
