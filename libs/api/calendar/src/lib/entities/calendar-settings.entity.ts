import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';

/** The chain's working hours (one row, id 1; none: 09:00–18:00 with a 12:00–13:00 lunch). */
@Entity('work_calendar_hours')
export class WorkingHoursEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'varchar', length: 5 })
  start!: string;

  @Column({ type: 'varchar', length: 5 })
  end!: string;

  @Column({ type: 'varchar', length: 5, nullable: true })
  lunchStart!: string | null;

  @Column({ type: 'varchar', length: 5, nullable: true })
  lunchEnd!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;
}

/** A store's days off outside the calendar (闭店装修): its deadlines count no working time from `fromDate` to `toDate`. */
@Entity('store_closure')
@Index('idx_store_closure_store', ['storeId'])
export class StoreClosureEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  storeId!: number;

  @Column({ type: 'varchar', length: 10 })
  fromDate!: string;

  @Column({ type: 'varchar', length: 10 })
  toDate!: string;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Column({ type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}
