import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';
import {
  ComplaintChannel,
  ComplaintDepartment,
  ComplaintEventAction,
  ComplaintSeverity,
  ComplaintSla,
  ComplaintStage,
  ComplaintStatus,
  Role,
  Satisfaction,
} from '@storeops/shared/contracts';
import { MEETING_ENTITIES } from './meeting.entity';
import { CHECK_ENTITIES } from './price-check.entity';
import { VIOLATION_ENTITIES } from './violation.entity';

/** 投诉类别, two levels (商品质量 › 过期变质); the office maintains the list, complaints keep their leaf. */
@Entity('complaint_category')
@Index('uq_complaint_category_code', ['code'], { unique: true })
export class ComplaintCategoryEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'integer', nullable: true })
  parentId!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'normal' })
  severity!: ComplaintSeverity;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}

/** 投诉原因: the fixed list a resolution picks one from, so causes can be counted. */
@Entity('complaint_cause')
export class ComplaintCauseEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}

/** 顾客投诉: one record from intake to archive; the status follows COMPLAINT_WORKFLOW. */
@Entity('complaint')
@Index('uq_complaint_code', ['code'], { unique: true })
@Index('idx_complaint_received', ['receivedAt'])
@Index('idx_complaint_store', ['storeId', 'receivedAt'])
@Index('idx_complaint_responsible', ['responsibleStoreId', 'receivedAt'])
@Index('idx_complaint_status', ['status'])
@Index('idx_complaint_supplier', ['supplierId'])
export class ComplaintEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** TS202611-0001: the month received and its number in the month. */
  @Column({ type: 'varchar', length: 20 })
  code!: string;

  /** The store where it was received (or that it is about). */
  @Column({ type: 'integer' })
  storeId!: number;

  @Column({ type: 'varchar', length: 16 })
  channel!: ComplaintChannel;

  @Column({ type: timestampColumnType() })
  receivedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  receivedById!: number | null;

  @Column({ type: 'varchar', length: 64 })
  receivedBy!: string;

  /** Personal fields: emptied by the retention job once the complaint has been closed long enough. */
  @Column({ type: 'varchar', length: 50, nullable: true })
  customerName!: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  customerPhone!: string | null;

  @Column({ type: 'boolean', default: false })
  keyCustomer!: boolean;

  @Column({ type: 'integer' })
  categoryId!: number;

  @Column({ type: 'varchar', length: 16, default: 'normal' })
  severity!: ComplaintSeverity;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  productName!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  barcode!: string | null;

  @Column({ type: 'varchar', length: 50, nullable: true })
  batch!: string | null;

  /** 分. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  amountInvolved!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'received' })
  status!: ComplaintStatus;

  /** null before it is judged. */
  @Column({ type: 'boolean', nullable: true })
  valid!: boolean | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  invalidReason!: string | null;

  @Column({ type: 'boolean', nullable: true })
  customerInformed!: boolean | null;

  @Column({ type: 'integer', nullable: true })
  responsibleStoreId!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  responsibleDepartment!: ComplaintDepartment | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  plan!: string | null;

  /** 分 proposed. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  compensation!: number | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  planApproverRole!: Role | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  resolution!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  causeCode!: string | null;

  @Column({ type: 'integer', nullable: true })
  supplierId!: number | null;

  /** 分 paid. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  compensationPaid!: number | null;

  /** The latest reached follow-up's answer. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  satisfaction!: Satisfaction | null;

  /** A follow-up reached the customer since the last resolution. */
  @Column({ type: 'boolean', default: false })
  followUpReached!: boolean;

  @Column({ type: 'integer', default: 0 })
  reopenCount!: number;

  @Column({ type: 'integer', nullable: true })
  mergedIntoId!: number | null;

  @Column({ type: timestampColumnType(), nullable: true })
  closedAt!: Date | null;

  @Column({ type: timestampColumnType(), nullable: true })
  anonymisedAt!: Date | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: timestampColumnType() })
  updatedAt!: Date;
}

/** One step of a complaint's timeline: who did what, from which status to which, and what they recorded. */
@Entity('complaint_event')
@Index('idx_complaint_event_complaint', ['complaintId', 'at'])
export class ComplaintEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  complaintId!: number;

  @Column({ type: timestampColumnType() })
  at!: Date;

  @Column({ type: 'integer', nullable: true })
  byId!: number | null;

  @Column({ type: 'varchar', length: 64 })
  by!: string;

  @Column({ type: 'varchar', length: 24 })
  action!: ComplaintEventAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: ComplaintStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: ComplaintStatus;

  @Column({ type: 'varchar', length: 500, nullable: true })
  comment!: string | null;

  @Column({ type: 'simple-json' })
  details!: Record<string, string | number | boolean | null>;
}

export interface StoredPause {
  from: string;
  to: string | null;
  reason: string;
}

/**
 * One stage clock of a complaint (判断, 方案, 处理, 回访; again per round after a reopening): who holds it, when it
 * started and is due on the calendar, the pauses (waiting for the customer) that count nothing, and when it ended.
 */
@Entity('complaint_stage')
@Index('idx_complaint_stage_complaint', ['complaintId'])
@Index('idx_complaint_stage_open', ['doneAt'])
export class ComplaintStageEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  complaintId!: number;

  @Column({ type: 'varchar', length: 16 })
  stage!: ComplaintStage;

  @Column({ type: 'integer', default: 1 })
  round!: number;

  @Column({ type: timestampColumnType() })
  startedAt!: Date;

  /** Due before any pause, as the SLA in force when it started put it. */
  @Column({ type: timestampColumnType() })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 16 })
  holderRole!: Role;

  @Column({ type: 'integer', nullable: true })
  holderStoreId!: number | null;

  /** Whether the holder acts (owner) or approves (a proposed plan). */
  @Column({ type: 'varchar', length: 8, default: 'owner' })
  part!: 'owner' | 'approver';

  @Column({ type: 'simple-json' })
  pauses!: StoredPause[];

  @Column({ type: timestampColumnType(), nullable: true })
  doneAt!: Date | null;

  /** Ended without being done (closed without a follow-up, merged away): not counted for the SLA. */
  @Column({ type: 'boolean', default: false })
  skipped!: boolean;
}

/** 回访: each call, reached or not. */
@Entity('complaint_follow_up')
@Index('idx_complaint_follow_up_complaint', ['complaintId'])
export class ComplaintFollowUpEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  complaintId!: number;

  @Column({ type: timestampColumnType() })
  at!: Date;

  @Column({ type: 'varchar', length: 64 })
  by!: string;

  @Column({ type: 'boolean' })
  reached!: boolean;

  @Column({ type: 'varchar', length: 16, nullable: true })
  satisfaction!: Satisfaction | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes!: string | null;

  @Column({ type: 'boolean', default: false })
  outsideCallingHours!: boolean;
}

/** Photos and receipts of a complaint, checked by content like every upload. */
@Entity('complaint_attachment')
@Index('idx_complaint_attachment_complaint', ['complaintId'])
export class ComplaintAttachmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  complaintId!: number;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 64 })
  storedName!: string;

  @Column({ type: 'varchar', length: 64 })
  mimeType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy!: string;

  @Column({ type: timestampColumnType() })
  uploadedAt!: Date;
}

/** 重点顾客: customers the office marks key by phone; their complaints are key whatever the intake said. */
@Entity('complaint_key_customer')
@Index('uq_complaint_key_customer_phone', ['phone'], { unique: true })
export class ComplaintKeyCustomerEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 50 })
  name!: string;

  @Column({ type: 'varchar', length: 20 })
  phone!: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;
}

/** The office's settings, one row: deadlines per severity, the 店长's approval limit, the retention of personal fields. */
@Entity('complaint_settings')
export class ComplaintSettingsEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'simple-json' })
  sla!: Record<ComplaintSeverity, ComplaintSla>;

  @Column({ type: 'bigint', transformer: bigintNumber })
  storeApprovalLimitFen!: number;

  @Column({ type: 'integer' })
  retentionMonths!: number;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;
}

export const LEDGER_ENTITIES = [
  ComplaintCategoryEntity,
  ComplaintCauseEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  ComplaintStageEntity,
  ComplaintFollowUpEntity,
  ComplaintAttachmentEntity,
  ComplaintKeyCustomerEntity,
  ComplaintSettingsEntity,
  ...MEETING_ENTITIES,
  ...CHECK_ENTITIES,
  ...VIOLATION_ENTITIES,
];
