import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';
import { RegionEntity, UserEntity } from '@storeops/api/org';
import {
  ContractEventAction,
  ContractKind,
  ContractSnapshot,
  ContractStatus,
  ContractStoreScope,
  ReviewChecklist,
} from '@storeops/shared/contracts';
import { SupplierEntity } from './supplier.entity';

/** 合同: drafted by a buyer, reviewed by 综合管理处; the status follows CONTRACT_WORKFLOW. */
@Entity('contract')
@Index('uq_contract_number', ['number'], { unique: true })
@Index('idx_contract_supplier', ['supplierId'])
@Index('idx_contract_status_end', ['status', 'endDate'])
export class ContractEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  number!: string;

  @Column({ type: 'integer' })
  supplierId!: number;

  @ManyToOne(() => SupplierEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'supplierId' })
  supplier?: SupplierEntity;

  @Column({ type: 'varchar', length: 16 })
  kind!: ContractKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** YYYY-MM-DD, so text order is date order on both databases. */
  @Column({ type: 'varchar', length: 10 })
  startDate!: string;

  @Column({ type: 'varchar', length: 10 })
  endDate!: string;

  @Column({ type: 'integer' })
  paymentDays!: number;

  /** Percent of purchases (2.5 = 2.5 %). */
  @Column({ type: 'double precision' })
  rebateRate!: number;

  /** 合同金额 in 分; null on contracts recorded before it was kept. */
  @Column({ type: 'bigint', nullable: true, transformer: bigintNumber })
  amount!: number | null;

  /** all: every store; region: the stores of regionId; stores: storeIds. */
  @Column({ type: 'varchar', length: 16, default: 'stores' })
  storeScope!: ContractStoreScope;

  @Column({ type: 'integer', nullable: true })
  regionId!: number | null;

  @ManyToOne(() => RegionEntity, { nullable: true, onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'regionId' })
  region?: RegionEntity | null;

  /** The chosen stores (storeScope stores); empty otherwise. */
  @Column({ type: 'simple-json' })
  storeIds!: number[];

  /** Recorded by sign: the day (YYYY-MM-DD), who signed for the supplier, the stamped scan among the attachments. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  signedAt!: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  signatory!: string | null;

  @Column({ type: 'integer', nullable: true })
  scanAttachmentId!: number | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: ContractStatus;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ type: 'integer', default: 0 })
  returnCount!: number;

  @Column({ type: 'integer' })
  createdById!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'createdById' })
  createdByUser?: UserEntity;

  @Column({ type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: timestampColumnType() })
  updatedAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}

/** 条款: one measurable commitment, e.g. 到货率 ≥ 95 %. Replaced as a whole while the contract is editable. */
@Entity('contract_clause')
@Index('idx_contract_clause_contract', ['contractId'])
export class ContractClauseEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  contractId!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 500 })
  text!: string;

  @Column({ type: 'varchar', length: 200 })
  commitment!: string;
}

/** One line of the timeline: every transition, with who, when and the comment. */
@Entity('contract_event')
@Index('idx_contract_event_contract', ['contractId'])
export class ContractEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  contractId!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'varchar', length: 16 })
  action!: ContractEventAction;

  @Column({ type: 'varchar', length: 16, nullable: true })
  fromStatus!: ContractStatus | null;

  @Column({ type: 'varchar', length: 16 })
  toStatus!: ContractStatus;

  @Column({ type: 'varchar', length: 64 })
  by!: string;

  @Column({ type: 'varchar', length: 100 })
  byName!: string;

  @Column({ type: timestampColumnType() })
  at!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  comment!: string | null;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'simple-json', nullable: true })
  checklist!: ReviewChecklist | null;
}

/** What each submission froze, so the reviewer sees what changed between revisions. */
@Entity('contract_revision')
@Index('uq_contract_revision', ['contractId', 'revision'], { unique: true })
export class ContractRevisionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  contractId!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'integer' })
  revision!: number;

  @Column({ type: 'simple-json' })
  snapshot!: ContractSnapshot;

  @Column({ type: 'varchar', length: 64 })
  submittedBy!: string;

  @Column({ type: timestampColumnType() })
  submittedAt!: Date;
}

/** A PDF, JPEG or PNG of the contract, checked by its first bytes and stored under a random name. */
@Entity('contract_attachment')
@Index('idx_contract_attachment_contract', ['contractId'])
export class ContractAttachmentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  contractId!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'varchar', length: 200 })
  fileName!: string;

  @Column({ type: 'varchar', length: 64 })
  storedName!: string;

  @Column({ type: 'varchar', length: 32 })
  mimeType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  @Column({ type: 'varchar', length: 64 })
  uploadedBy!: string;

  @Column({ type: timestampColumnType() })
  uploadedAt!: Date;
}
