import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { bigintNumber, timestampColumnType } from '@storeops/api/core';
import { DecompositionMethod, DecompositionStatus, TargetMetric } from '@storeops/shared/contracts';

/** A company target for one year and metric, split to stores (target_store) and months (target_cell). */
@Entity('target_decomposition')
@Index('idx_target_decomposition_year_metric', ['year', 'metric'])
export class TargetDecompositionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'varchar', length: 32 })
  metric!: TargetMetric;

  /** The sum of the cells: 分 for money metrics, a count for transactions. */
  @Column({ type: 'bigint', transformer: bigintNumber })
  total!: number;

  /** The company target as set or adopted; null on splits made before it was kept (then equal to total). */
  @Column({ type: 'bigint', transformer: bigintNumber, nullable: true })
  targetTotal!: number | null;

  @Column({ type: 'varchar', length: 16 })
  method!: DecompositionMethod;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: DecompositionStatus;

  /** The approved decomposition in force for (year, metric); approving a newer one clears it. */
  @Column({ type: 'boolean', default: false })
  current!: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  publishedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  publishedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  approvedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  approvedAt!: Date | null;

  /** The director's comment of the last return to draft. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  returnComment!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  returnedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  returnedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
