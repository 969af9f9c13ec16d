import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { LicenceOwnerKind } from '@storeops/shared/contracts';
import { SupplierEntity } from './supplier.entity';

/** 证照 of a supplier or of a store: alerts at 60, 30 and 7 days before validTo, and once expired. */
@Entity('licence')
@Index('idx_licence_valid_to', ['validTo'])
@Index('idx_licence_supplier', ['supplierId'])
export class LicenceEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  ownerKind!: LicenceOwnerKind;

  @Column({ type: 'integer', nullable: true })
  supplierId!: number | null;

  @ManyToOne(() => SupplierEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplierId' })
  supplier?: SupplierEntity;

  @Column({ type: 'integer', nullable: true })
  storeId!: number | null;

  @ManyToOne(() => StoreEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: 'varchar', length: 50 })
  type!: string;

  @Column({ type: 'varchar', length: 64 })
  number!: string;

  @Column({ type: 'varchar', length: 10 })
  validFrom!: string;

  @Column({ type: 'varchar', length: 10 })
  validTo!: string;

  @Column({ type: 'varchar', length: 64 })
  createdBy!: string;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  /** The scanned licence: stored under CONTRACT_FILE_DIR with a random name, like contract attachments. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  fileStoredName!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  fileMimeType!: string | null;

  @Column({ type: 'integer', nullable: true })
  fileBytes!: number | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  fileUploadedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  fileUploadedAt!: Date | null;

  /** 换证: the renewal that replaced this licence (it then stays only as history), when and by whom. */
  @Column({ type: 'integer', nullable: true })
  replacedById!: number | null;

  @Column({ type: timestampColumnType(), nullable: true })
  replacedAt!: Date | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  replacedBy!: string | null;

  /** The licence this one renewed. */
  @Column({ type: 'integer', nullable: true })
  replacesId!: number | null;
}
