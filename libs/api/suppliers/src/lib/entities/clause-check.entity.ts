import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { UserEntity } from '@storeops/api/org';
import { ClauseResult } from '@storeops/shared/contracts';
import { ContractClauseEntity, ContractEntity } from './contract.entity';

/** 条款执行检查: one result per clause and period (YYYY-MM); a breach opens a follow-up with an owner. */
@Entity('clause_check')
@Index('uq_clause_check_clause_period', ['clauseId', 'period'], { unique: true })
@Index('idx_clause_check_contract', ['contractId'])
export class ClauseCheckEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  contractId!: number;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contractId' })
  contract?: ContractEntity;

  @Column({ type: 'integer' })
  clauseId!: number;

  @ManyToOne(() => ContractClauseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'clauseId' })
  clause?: ContractClauseEntity;

  @Column({ type: 'integer' })
  supplierId!: number;

  @Column({ type: 'varchar', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 16 })
  result!: ClauseResult;

  @Column({ type: 'varchar', length: 500, nullable: true })
  evidence!: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'varchar', length: 64 })
  checkedBy!: string;

  @Column({ type: timestampColumnType() })
  checkedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  followUpOwnerId!: number | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'followUpOwnerId' })
  followUpOwner?: UserEntity;

  @Column({ type: 'varchar', length: 8, nullable: true })
  followUpStatus!: 'open' | 'closed' | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  followUpClosedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  followUpClosedAt!: Date | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  followUpCloseNote!: string | null;
}
