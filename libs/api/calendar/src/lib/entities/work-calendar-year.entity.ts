import { Column, Entity, PrimaryColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';

/**
 * A year the working calendar knows: its exceptions came from the published schedule as the holiday package has it
 * (`package`), or the office replaced them (`office`). A year without a row is missing: only its weekends are known.
 */
@Entity('work_calendar_year')
export class WorkCalendarYearEntity {
  @PrimaryColumn({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 16 })
  source!: 'package' | 'office';

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;

  /** Bumped by every replacement: a stale one answers 409 instead of overwriting the office's other edit. */
  @Column({ type: 'integer', default: 1 })
  version!: number;
}
