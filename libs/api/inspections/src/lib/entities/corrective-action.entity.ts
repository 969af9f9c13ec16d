import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { CorrectiveActionStatus } from '@storeops/shared/contracts';
import { InspectionEntity } from './inspection.entity';
import { InspectionItemEntity } from './template.entity';

/** 整改: one per failed item, owned by the store, closed by its manager, verified by the specialist. */
@Entity('corrective_action')
@Index('idx_corrective_action_store_status', ['storeId', 'status'])
@Index('idx_corrective_action_due', ['dueAt'])
@Index('idx_corrective_action_inspection', ['inspectionId'])
export class CorrectiveActionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  inspectionId!: number;

  @ManyToOne(() => InspectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspectionId' })
  inspection?: InspectionEntity;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  /** The inspection's category (null: general standard): who may verify. */
  @Column({ type: 'integer', nullable: true })
  categoryId!: number | null;

  @Column({ type: 'integer' })
  itemId!: number;

  @ManyToOne(() => InspectionItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'itemId' })
  item?: InspectionItemEntity;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status!: CorrectiveActionStatus;

  @Column({ type: timestampColumnType() })
  dueAt!: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  closedNote!: string | null;

  @Column({ type: 'integer', nullable: true })
  closedPhotoId!: number | null;

  @Column({ type: timestampColumnType(), nullable: true })
  closedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  verifiedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  verifiedAt!: Date | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reopenReason!: string | null;

  @VersionColumn({ default: 1 })
  version!: number;
}
