import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import type { EscalationLadders } from '@storeops/shared/contracts';

/** 暂缓: a person hides one of their alerts until `until` (never past its due time), with the reason. */
@Entity('alert_snooze')
@Index('uq_alert_snooze_user_key', ['userId', 'key'], { unique: true })
export class AlertSnoozeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 120 })
  key!: string;

  @Column({ type: timestampColumnType() })
  until!: Date;

  @Column({ type: 'varchar', length: 200 })
  reason!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}

/** A person's channels for the digest and reminders (in-app is always on). No row: the defaults. */
@Entity('alert_setting')
export class AlertSettingEntity {
  @PrimaryColumn({ type: 'integer' })
  userId!: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email!: string | null;

  @Column({ type: 'boolean', default: true })
  emailEnabled!: boolean;

  @Column({ type: 'boolean', default: true })
  wecomEnabled!: boolean;

  @Column({ type: 'boolean', default: true })
  digestEnabled!: boolean;
}

/** The admin's escalation ladders, one row per kind that differs from the defaults. */
@Entity('alert_escalation')
export class AlertEscalationEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ type: 'simple-json' })
  steps!: EscalationLadders[keyof EscalationLadders];

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;
}

/**
 * One message a person is due (the day's digest, a reminder, an escalation) on one channel. The unique topic is what
 * makes every scheduler run idempotent across processes: a notice is written before it is sent, and a second
 * process (or a rerun after a crash) finds it written and sends nothing; `sentAt` stays null until delivered.
 */
@Entity('alert_notice')
@Index('uq_alert_notice_topic', ['userId', 'topic', 'channel'], { unique: true })
export class AlertNoticeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  userId!: number;

  /** `digest:2026-11-18`, `remind:corrective_action:12:120`, `escalate:corrective_action:12:1`. */
  @Column({ type: 'varchar', length: 160 })
  topic!: string;

  @Column({ type: 'varchar', length: 16 })
  channel!: 'email' | 'wecom';

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: timestampColumnType(), nullable: true })
  sentAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;
}

/**
 * The scheduler's job table: each job's next run and who holds it. A process claims a due job by taking its lease
 * (on PostgreSQL `FOR UPDATE SKIP LOCKED`, so two processes never run it at once); a process that dies leaves a lease
 * that expires, and another takes the job over.
 */
@Entity('scheduled_job')
export class ScheduledJobEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name!: string;

  @Column({ type: timestampColumnType() })
  nextRunAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: timestampColumnType(), nullable: true })
  lastRunAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastResult!: string | null;
}
