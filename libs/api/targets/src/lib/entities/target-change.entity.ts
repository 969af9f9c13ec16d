import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';
import { TargetDecompositionEntity } from './target-decomposition.entity';

/** A cell edited after its decomposition was published: who, when, why, before → after. */
@Entity('target_change')
@Index('idx_target_change_decomposition', ['decompositionId'])
export class TargetChangeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  decompositionId!: number;

  @ManyToOne(() => TargetDecompositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decompositionId' })
  decomposition?: TargetDecompositionEntity;

  @Column({ type: 'integer' })
  storeId!: number;

  @Column({ type: 'integer' })
  month!: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  before!: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  after!: number;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'integer', nullable: true })
  changedById!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  changedBy!: string | null;

  @Column({ type: timestampColumnType() })
  changedAt!: Date;
}
