import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { WorkDayException } from '@storeops/shared/contracts';

/** A day that differs from its weekday's rule: a public holiday, or a weekend day worked (调休). */
@Entity('work_calendar_day')
@Index('idx_work_calendar_day_year', ['year'])
export class WorkCalendarDayEntity {
  /** YYYY-MM-DD. */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  date!: string;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  type!: WorkDayException;

  /** The holiday's name (国庆节), for the calendar page. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  name!: string | null;
}
