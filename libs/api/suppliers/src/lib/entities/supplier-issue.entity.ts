import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { SupplierIssueEventAction, SupplierIssueKind, SupplierIssueSourceKind, SupplierIssueStatus } from '@storeops/shared/contracts';
import { ContractClauseEntity, ContractEntity } from './contract.entity';
import { SupplierEntity } from './supplier.entity';

/** 供应商问题: raised against a supplier (optionally under a contract, about a store); the status follows SUPPLIER_ISSUE_WORKFLOW. */
@Entity('supplier_issue')
@Index('idx_supplier_issue_supplier', ['supplierId', 'raisedAt'])
@Index('idx_supplier_issue_status', ['status'])
export class SupplierIssueEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  supplierId!: number;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplierId' })
  supplier?: SupplierEntity;

  @Column({ type: 'integer', nullable: true })
  contractId!: number | null;

  @ManyToOne(() => ContractEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @ManyToOne(() => StoreEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: SupplierIssueKind;

  @Column({ type: 'varchar', length: 2000 })
  description!: string;

  @Column({ type: 'varchar', length: 16 })
  sourceKind!: SupplierIssueSourceKind;

  @Column({ type: 'integer', nullable: true })
  sourceId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  status!: SupplierIssueStatus;

  /** The raiser (username) and their role: the side that holds the deadlines and chases the supplier. */
  @Column({ type: 'varchar', length: 64 })
  raisedBy!: string;

  @Column({ type: 'varchar', length: 16 })
  raisedByRole!: string;

  @Column({ type: timestampColumnType() })
  raisedAt!: Date;

  /** The current round's start (raised, or last reopened) and its deadlines. */
  @Column({ type: 'integer', default: 1 })
  round!: number;

  @Column({ type: timestampColumnType() })
  responseDueAt!: Date;

  @Column({ type: timestampColumnType() })
  responseStartedAt!: Date;

  @Column({ type: timestampColumnType(), nullable: true })
  respondedAt!: Date | null;

  @Column({ type: timestampColumnType() })
  fixStartedAt!: Date;

  @Column({ type: timestampColumnType() })
  fixDueAt!: Date;

  @Column({ type: 'integer' })
  fixDays!: number;

  @Column({ type: 'integer', nullable: true })
  fixClauseId!: number | null;

  @ManyToOne(() => ContractClauseEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'fixClauseId' })
  fixClause?: ContractClauseEntity;

  @Column({ type: timestampColumnType(), nullable: true })
  fixedAt!: Date | null;

  @Column({ type: timestampColumnType(), nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: timestampColumnType(), nullable: true })
  escalatedAt!: Date | null;

  /** The first round's response: what the scorecard counts (a reopening does not rewrite the month's history). */
  @Column({ type: timestampColumnType() })
  firstResponseDueAt!: Date;

  @Column({ type: timestampColumnType(), nullable: true })
  firstRespondedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** One line of an issue's timeline: its creation and every transition, with who, when and the note. */
@Entity('supplier_issue_event')
@Index('idx_supplier_issue_event_issue', ['issueId'])
export class SupplierIssueEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  issueId!: number;

  @ManyToOne(() => SupplierIssueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'issueId' })
  issue?: SupplierIssueEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: SupplierIssueEventAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: SupplierIssueStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: SupplierIssueStatus;

  @Column({ type: 'varchar', length: 64 })
  by!: string;

  @Column({ type: timestampColumnType() })
  at!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;
}

/** The office's settings for supplier issues (one row, id 1); the defaults until saved. */
@Entity('supplier_issue_settings')
export class SupplierIssueSettingsEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  responseWorkingDays!: number;

  @Column({ type: 'integer' })
  fixWorkingDays!: number;

  @Column({ type: 'varchar', length: 64 })
  updatedBy!: string;

  @Column({ type: timestampColumnType() })
  updatedAt!: Date;
}
