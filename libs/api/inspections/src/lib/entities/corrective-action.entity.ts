import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { CorrectiveActionSourceKind, CorrectiveActionStatus } from '@storeops/shared/contracts';
import { InspectionEntity } from './inspection.entity';
import { InspectionItemEntity } from './template.entity';

/**
 * 整改: one per failed item of an inspection (verified by the specialist), or a finding of another check — a price or
 * quality check, a meeting — opened through CorrectiveActionsPort (verified by its finder or the office); owned by the
 * store, closed by its manager.
 */
@Entity('corrective_action')
@Index('idx_corrective_action_store_status', ['storeId', 'status'])
@Index('idx_corrective_action_due', ['dueAt'])
@Index('idx_corrective_action_inspection', ['inspectionId'])
@Index('idx_corrective_action_source', ['sourceKind', 'sourceId'])
export class CorrectiveActionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** The inspection that found it; null for an action from another source (`sourceKind`). */
  @Column({ type: 'integer', nullable: true })
  inspectionId!: number | null;

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

  @Column({ type: 'integer', nullable: true })
  itemId!: number | null;

  @ManyToOne(() => InspectionItemEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'itemId' })
  item?: InspectionItemEntity;

  /** Where it came from: an inspection's failed item, or a finding opened through the port. */
  @Column({ type: 'varchar', length: 16, default: 'inspection' })
  sourceKind!: CorrectiveActionSourceKind;

  /** The source record's id (the price check, the quality check, the meeting action); null for an inspection's. */
  @Column({ type: 'integer', nullable: true })
  sourceId!: number | null;

  /** What to fix, for a finding without an inspection item. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  /** Who found it and verifies it (a finding's); null: the office verifies. */
  @Column({ type: 'integer', nullable: true })
  verifierId!: number | null;

  /** When it was opened (a finding's; an inspection's starts at the inspection). */
  @Column({ type: timestampColumnType(), nullable: true })
  openedAt!: Date | null;

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
