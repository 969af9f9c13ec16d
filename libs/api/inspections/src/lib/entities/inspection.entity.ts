import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity, UserEntity } from '@storeops/api/org';
import { ItemResult } from '@storeops/shared/contracts';
import { InspectionItemEntity, InspectionTemplateEntity } from './template.entity';

/** One inspection 巡店/品类检查 of a store against one template version; the score of record is stored. */
@Entity('inspection')
@Index('idx_inspection_store_at', ['storeId', 'inspectedAt'])
@Index('idx_inspection_at', ['inspectedAt'])
@Index('idx_inspection_template', ['templateId'])
export class InspectionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: 'integer', nullable: true })
  categoryId!: number | null;

  @Column({ type: 'integer' })
  templateId!: number;

  @ManyToOne(() => InspectionTemplateEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'templateId' })
  template?: InspectionTemplateEntity;

  @Column({ type: 'integer' })
  templateVersion!: number;

  @Column({ type: 'integer' })
  inspectorId!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'inspectorId' })
  inspector?: UserEntity;

  @Column({ type: timestampColumnType() })
  inspectedAt!: Date;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  /** 0..100, one decimal; null when every item was N/A. */
  @Column({ type: 'double precision', nullable: true })
  score!: number | null;

  @Column({ type: 'integer', nullable: true })
  stars!: number | null;

  @Column({ type: 'boolean', default: false })
  criticalFailed!: boolean;

  @Column({ type: 'integer' })
  earned!: number;

  @Column({ type: 'integer' })
  possible!: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  notes!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  dutyPersonName!: string | null;

  @Column({ type: 'integer', nullable: true })
  signaturePhotoId!: number | null;

  @Column({ type: 'integer', nullable: true })
  planItemId!: number | null;

  /** The first day of the plan period this inspection closes (YYYY-MM-DD); null when it fulfils no plan. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  planPeriodStart!: string | null;

  /** Why an ops manager recorded it later than the back-dating window allows (INSPECTION_BACKDATE_DAYS); null otherwise. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  lateEntryReason!: string | null;
}

@Entity('inspection_result')
@Index('idx_inspection_result_inspection', ['inspectionId'])
export class InspectionResultEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  inspectionId!: number;

  @ManyToOne(() => InspectionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'inspectionId' })
  inspection?: InspectionEntity;

  @Column({ type: 'integer' })
  itemId!: number;

  @ManyToOne(() => InspectionItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'itemId' })
  item?: InspectionItemEntity;

  @Column({ type: 'varchar', length: 8 })
  result!: ItemResult;

  @Column({ type: 'integer', nullable: true })
  points!: number | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  @Column({ type: 'simple-json' })
  photoIds!: number[];
}
