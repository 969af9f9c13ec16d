import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { MeetingActionStatus, MeetingCadence, MeetingItem } from '@storeops/shared/contracts';

/** 会议系列: the weekly 营运例会, the monthly 经营分析会, or one the office adds, with the agenda a meeting starts from. */
@Entity('meeting_series')
@Index('uq_meeting_series_code', ['code'], { unique: true })
export class MeetingSeriesEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  cadence!: MeetingCadence;

  /** Item titles, in order. */
  @Column({ type: 'simple-json' })
  agendaTemplate!: string[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}

/** 会议: one meeting of a series, with its attendees (user ids), agenda, minutes and decisions. */
@Entity('meeting')
@Index('idx_meeting_series', ['seriesId', 'heldAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  seriesId!: number;

  @Column({ type: 'varchar', length: 100 })
  title!: string;

  @Column({ type: timestampColumnType() })
  heldAt!: Date;

  @Column({ type: 'simple-json' })
  attendeeIds!: number[];

  @Column({ type: 'simple-json' })
  items!: MeetingItem[];

  @Column({ type: 'text' })
  minutes!: string;

  @Column({ type: 'simple-json' })
  decisions!: string[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: timestampColumnType() })
  updatedAt!: Date;
}

/**
 * 会议事项: an action decided in a meeting, with its owner (a user), due instant and status; the series and the
 * meeting's instant are kept with it so the carry-over reads one table.
 */
@Entity('meeting_action')
@Index('idx_meeting_action_meeting', ['meetingId'])
@Index('idx_meeting_action_series', ['seriesId', 'status'])
@Index('idx_meeting_action_owner', ['ownerId', 'status'])
export class MeetingActionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  meetingId!: number;

  @Column({ type: 'integer' })
  seriesId!: number;

  @Column({ type: timestampColumnType() })
  meetingHeldAt!: Date;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'integer' })
  ownerId!: number;

  @Column({ type: timestampColumnType() })
  dueAt!: Date;

  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status!: MeetingActionStatus;

  @Column({ type: timestampColumnType(), nullable: true })
  doneAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  doneBy!: string | null;

  @Column({ type: 'integer', nullable: true })
  correctiveActionId!: number | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}

export const MEETING_ENTITIES = [MeetingSeriesEntity, MeetingEntity, MeetingActionEntity];
