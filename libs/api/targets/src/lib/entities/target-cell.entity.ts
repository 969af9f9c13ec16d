import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { TargetDecompositionEntity } from './target-decomposition.entity';

/** One store × month of a decomposition. */
@Entity('target_cell')
@Index('uq_target_cell', ['decompositionId', 'storeId', 'month'], { unique: true })
@Index('idx_target_cell_store', ['storeId'])
export class TargetCellEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  decompositionId!: number;

  @ManyToOne(() => TargetDecompositionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'decompositionId' })
  decomposition?: TargetDecompositionEntity;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  /** 1..12 */
  @Column({ type: 'integer' })
  month!: number;

  @Column({ type: 'bigint', transformer: bigintNumber })
  value!: number;
}
