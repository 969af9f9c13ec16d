import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';

/**
 * An uploaded photo, re-encoded and stored under a server-generated name. Visible to its uploader until it is
 * attached to an inspection or a corrective action; then to whoever may see that record.
 */
@Entity('inspection_photo')
@Index('idx_inspection_photo_inspection', ['inspectionId'])
@Index('idx_inspection_photo_action', ['correctiveActionId'])
export class PhotoEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  fileName!: string;

  @Column({ type: 'varchar', length: 32 })
  mimeType!: string;

  @Column({ type: 'integer' })
  bytes!: number;

  @Column({ type: 'integer' })
  width!: number;

  @Column({ type: 'integer' })
  height!: number;

  @Column({ type: 'integer' })
  uploadedById!: number;

  @Column({ type: timestampColumnType() })
  uploadedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  inspectionId!: number | null;

  @Column({ type: 'integer', nullable: true })
  correctiveActionId!: number | null;
}
