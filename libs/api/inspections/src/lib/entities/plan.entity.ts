import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { UserEntity } from '@storeops/api/org';
import { PlanFrequency } from '@storeops/shared/contracts';

/** 检查计划: a specialist inspects each store in scope in a category, every month or every week. */
@Entity('inspection_plan')
@Index('idx_inspection_plan_specialist', ['specialistId'])
export class InspectionPlanEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  specialistId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'specialistId' })
  specialist?: UserEntity;

  /** null: the general store standard. */
  @Column({ type: 'integer', nullable: true })
  categoryId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  frequency!: PlanFrequency;

  /** null: every open store. */
  @Column({ type: 'simple-json', nullable: true })
  storeIds!: number[] | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  createdBy!: string | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @VersionColumn({ default: 1 })
  version!: number;
}
