import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '@storeops/api/audit';
import { clock, runInTransaction, withDataVersion, SCHEDULED_TASK, ScheduledTask, startOfChinaDay } from '@storeops/api/core';
import { addDays, chinaDayOf } from '@storeops/shared/contracts';
import { ComplaintsRepository } from './complaints.repository';
import { settingsOf } from './complaints.service';
import { ComplaintEntity, ComplaintEventEntity } from './entities/complaint.entity';

const SYSTEM = { id: null, username: 'system' };
const BATCH = 500;

/** The day `months` calendar months before `day` (the 31st of a shorter month falls on its last day). */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const index = y * 12 + (m - 1) - months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * 个人信息保护法: the customer's name and phone of complaints closed longer ago than the retention setting (24 months
 * by default) are deleted every night at 02:00; the complaint, its category, cause and clocks stay, so every
 * statistic still counts it. Idempotent: a run cut off leaves the rest for the next.
 */
@Injectable()
export class ComplaintRetention implements ScheduledTask {
  readonly [SCHEDULED_TASK] = true as const;
  readonly jobName = 'complaints.retention';
  private readonly logger = new Logger(ComplaintRetention.name);

  constructor(
    private readonly db: DataSource,
    private readonly repo: ComplaintsRepository,
    private readonly audit: AuditService,
  ) {}

  nextRunAfter(now: Date): Date {
    const today = chinaDayOf(now);
    const at = new Date(startOfChinaDay(today).getTime() + 2 * 3_600_000);
    return at.getTime() > now.getTime() ? at : new Date(startOfChinaDay(addDays(today, 1)).getTime() + 2 * 3_600_000);
  }

  runJob(now: Date): Promise<{ anonymised: number }> {
    return this.anonymise(now);
  }

  async anonymise(now = clock.now()): Promise<{ anonymised: number }> {
    const { retentionMonths } = settingsOf(await this.repo.settings());
    const before = startOfChinaDay(monthsBefore(chinaDayOf(now), retentionMonths));
    let anonymised = 0;
    for (;;) {
      const batch = await this.repo.closedWithPersonalData(before, BATCH);
      if (!batch.length) break;
      await runInTransaction(
        this.db,
        withDataVersion('complaints', async (em) => {
          for (const c of batch) {
            await em.update(ComplaintEntity, { id: c.id }, { customerName: null, customerPhone: null, anonymisedAt: now });
            await em.insert(ComplaintEventEntity, {
              complaintId: c.id,
              at: now,
              byId: null,
              by: SYSTEM.username,
              action: 'anonymise',
              fromStatus: c.status,
              toStatus: c.status,
              comment: null,
              details: { retentionMonths },
            });
            await this.audit.record(
              em,
              SYSTEM,
              'update',
              'complaint',
              c.id,
              { personalData: true },
              { personalData: false, retentionMonths },
            );
          }
        }),
      );
      anonymised += batch.length;
    }
    if (anonymised) {
      this.logger.log(`complaints: personal data of ${anonymised} complaints deleted (closed before ${before.toISOString()})`);
    }
    return { anonymised };
  }
}
