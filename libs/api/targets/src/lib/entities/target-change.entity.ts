import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';
import { TargetChangeKind } from '@storeops/shared/contracts';
import { TargetDecompositionEntity } from './target-decomposition.entity';

/**
 * The history of a decomposition: a cell edited after publishing (who, when, why, before → after), a return to
 * draft with the director's comment, a company total adopted or rebalanced at publishing (before → after totals).
 */
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

  @Column({ type: 'varchar', length: 16, default: 'cell' })
  kind!: TargetChangeKind;

  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @Column({ type: 'integer', nullable: true })
  month!: number | null;

  @Column({ type: 'bigint', transformer: bigintNumber, nullable: true })
  before!: number | null;

  @Column({ type: 'bigint', transformer: bigintNumber, nullable: true })
  after!: number | null;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @Column({ type: 'integer', nullable: true })
  changedById!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  changedBy!: string | null;

  @Column({ type: timestampColumnType() })
  changedAt!: Date;
}
