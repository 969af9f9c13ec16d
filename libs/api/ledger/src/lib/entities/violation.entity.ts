import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import {
  AppealDecision,
  PenaltyStep,
  ProposedPenalty,
  Role,
  ViolationCategory,
  ViolationStatus,
  ViolationSubjectType,
} from '@storeops/shared/contracts';

/** 违纪条款: the office's rule book, each rule with its progressive penalty steps. */
@Entity('violation_rule')
@Index('uq_violation_rule_code', ['code'], { unique: true })
export class ViolationRuleEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** WJ-001. */
  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  title!: string;

  @Column({ type: 'varchar', length: 16 })
  category!: ViolationCategory;

  @Column({ type: 'varchar', length: 1000 })
  description!: string;

  @Column({ type: 'simple-json' })
  steps!: PenaltyStep[];

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;
}

/** The chain's departments a violation can name (there is no department in org): 营运部, 综合管理处, 采购部 … */
@Entity('violation_department')
@Index('uq_violation_department_code', ['code'], { unique: true })
export class ViolationDepartmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  code!: string;

  @Column({ type: 'varchar', length: 60 })
  name!: string;

  /** The role that heads it, who appeals its violations. */
  @Column({ type: 'varchar', length: 16 })
  headRole!: Role;

  @Column({ type: 'integer', default: 0 })
  position!: number;
}

/** 违纪记录: one violation of a rule by a person, a department or a store, from proposal to approval and appeal. */
@Entity('violation')
@Index('idx_violation_subject', ['subjectType', 'subjectId', 'ruleCode', 'occurredAt'])
@Index('idx_violation_store', ['storeId', 'occurredAt'])
@Index('idx_violation_status', ['status'])
export class ViolationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  subjectType!: ViolationSubjectType;

  @Column({ type: 'integer' })
  subjectId!: number;

  /** The subject's name when recorded. */
  @Column({ type: 'varchar', length: 100 })
  subjectName!: string;

  /** The store it belongs to: the store itself, or a person's store; null for a department or headquarters staff. */
  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @Column({ type: 'integer' })
  ruleId!: number;

  @Column({ type: 'varchar', length: 16 })
  ruleCode!: string;

  @Column({ type: timestampColumnType() })
  occurredAt!: Date;

  @Column({ type: 'varchar', length: 2000 })
  facts!: string;

  /** Earlier violations of the same rule within 12 months when recorded. */
  @Column({ type: 'integer', default: 0 })
  priorCount!: number;

  @Column({ type: 'simple-json' })
  proposedPenalty!: ProposedPenalty;

  @Column({ type: 'varchar', length: 16, default: 'proposed' })
  status!: ViolationStatus;

  @Column({ type: 'integer', nullable: true })
  recordedById!: number | null;

  @Column({ type: 'varchar', length: 64 })
  recordedBy!: string;

  @Column({ type: timestampColumnType() })
  recordedAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  approvedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  approvalComment!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  appealReason!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  appealedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  appealedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  appealDecision!: AppealDecision | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  decidedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  decidedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  decisionComment!: string | null;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: timestampColumnType() })
  updatedAt!: Date;
}

/** Evidence of a violation (photos, documents), checked by content like every upload. */
@Entity('violation_attachment')
@Index('idx_violation_attachment_violation', ['violationId'])
export class ViolationAttachmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  violationId!: number;

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

export const VIOLATION_ENTITIES = [ViolationRuleEntity, ViolationDepartmentEntity, ViolationEntity, ViolationAttachmentEntity];
