import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { bigintNumber } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { DecompositionStoreRow } from '@storeops/shared/contracts';
import { TargetDecompositionEntity } from './target-decomposition.entity';

/** A store's year target within a decomposition: the sum of its months, whether it was locked, and its basis. */
@Entity('target_store')
@Index('uq_target_store', ['decompositionId', 'storeId'], { unique: true })
@Index('idx_target_store_store', ['storeId'])
export class TargetStoreEntity {
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

  @Column({ type: 'bigint', transformer: bigintNumber })
  value!: number;

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ type: 'varchar', length: 16 })
  basis!: DecompositionStoreRow['basis'];
}
