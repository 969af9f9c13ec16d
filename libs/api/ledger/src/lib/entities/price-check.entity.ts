import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import { timestampColumnType } from '@storeops/api/core';
import { StoreEntity } from '@storeops/api/org';
import { PriceDefectCode, QualityAction, QualityFindingKind } from '@storeops/shared/contracts';

/**
 * 进售价检查: one store on one day over a sample of items. The figures are kept as counted when it was recorded
 * (accuracy in hundredths of a percent); a check below the threshold or with any overcharge holds a re-check until a
 * later check of the store closes it.
 */
@Entity('price_check')
@Index('idx_price_check_store', ['storeId', 'checkedAt'])
@Index('idx_price_check_recheck', ['recheckDueAt', 'recheckDoneAt'])
export class PriceCheckEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: timestampColumnType() })
  checkedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  checkedById!: number | null;

  @Column({ type: 'varchar', length: 64 })
  checkedBy!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: 'integer' })
  checked!: number;

  @Column({ type: 'integer' })
  correct!: number;

  @Column({ type: 'integer' })
  overcharges!: number;

  @Column({ type: 'integer' })
  undercharges!: number;

  /** correct / checked in hundredths of a percent (9700 = 97 %). */
  @Column({ type: 'integer' })
  accuracyBp!: number;

  /** The re-check this check calls for (null: none). */
  @Column({ type: timestampColumnType(), nullable: true })
  recheckDueAt!: Date | null;

  /** When a later check of the store closed the re-check, and which. */
  @Column({ type: timestampColumnType(), nullable: true })
  recheckDoneAt!: Date | null;

  @Column({ type: 'integer', nullable: true })
  recheckDoneById!: number | null;

  /** The open re-check this check answered. */
  @Column({ type: 'integer', nullable: true })
  recheckOfId!: number | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @OneToMany(() => PriceCheckItemEntity, (i) => i.check)
  items?: PriceCheckItemEntity[];
}

@Entity('price_check_item')
@Index('idx_price_check_item_check', ['checkId'])
@Index('idx_price_check_item_sku', ['sku'])
export class PriceCheckItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  checkId!: number;

  @ManyToOne(() => PriceCheckEntity, (c) => c.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkId' })
  check?: PriceCheckEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 32 })
  sku!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'integer' })
  shelfPriceFen!: number;

  @Column({ type: 'integer' })
  systemPriceFen!: number;

  @Column({ type: 'integer' })
  tillPriceFen!: number;

  @Column({ type: 'varchar', length: 16, nullable: true })
  defectCode!: PriceDefectCode | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  unitOnTag!: string | null;

  @Column({ type: 'boolean', nullable: true })
  promotionSignOk!: boolean | null;

  @Column({ type: 'integer', nullable: true })
  photoId!: number | null;
}

/**
 * 调价: one line of the office's price-change file (a SKU's new price from a day, in one store or all: storeKey 0).
 * The same SKU, store and day imported again replaces the prices.
 */
@Entity('price_change')
@Index('uq_price_change', ['sku', 'storeKey', 'effectiveOn'], { unique: true })
@Index('idx_price_change_effective', ['effectiveOn'])
export class PriceChangeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  sku!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The store's id, or 0 for every store (全部). */
  @Column({ type: 'integer' })
  storeKey!: number;

  @Column({ type: 'integer' })
  oldPriceFen!: number;

  @Column({ type: 'integer' })
  newPriceFen!: number;

  /** YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  effectiveOn!: string;

  @Column({ type: 'varchar', length: 64 })
  importedBy!: string;

  @Column({ type: timestampColumnType() })
  importedAt!: Date;
}

/** The office's settings (one row, id 1): the accuracy threshold (hundredths of a percent) and the re-check window. */
@Entity('price_check_settings')
export class PriceCheckSettingsEntity {
  @PrimaryColumn({ type: 'integer' })
  id!: number;

  @Column({ type: 'integer' })
  thresholdBp!: number;

  @Column({ type: 'integer' })
  recheckDays!: number;

  @Column({ type: 'integer' })
  actionDays!: number;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @Column({ type: timestampColumnType(), nullable: true })
  updatedAt!: Date | null;
}

/** 商品质量检查: one store on one day, with its findings. */
@Entity('quality_check')
@Index('idx_quality_check_store', ['storeId', 'checkedAt'])
export class QualityCheckEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  storeId!: number;

  @ManyToOne(() => StoreEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'storeId' })
  store?: StoreEntity;

  @Column({ type: timestampColumnType() })
  checkedAt!: Date;

  @Column({ type: 'integer', nullable: true })
  checkedById!: number | null;

  @Column({ type: 'varchar', length: 64 })
  checkedBy!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ type: timestampColumnType() })
  createdAt!: Date;

  @OneToMany(() => QualityFindingEntity, (f) => f.check)
  findings?: QualityFindingEntity[];
}

/** One finding: the goods, the batch, how many, what was done; a cold-chain reading in tenths of a degree. */
@Entity('quality_finding')
@Index('idx_quality_finding_check', ['checkId'])
@Index('idx_quality_finding_supplier', ['supplierId'])
export class QualityFindingEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'integer' })
  checkId!: number;

  @ManyToOne(() => QualityCheckEntity, (c) => c.findings, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'checkId' })
  check?: QualityCheckEntity;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 24 })
  kind!: QualityFindingKind;

  @Column({ type: 'varchar', length: 100 })
  product!: string;

  @Column({ type: 'varchar', length: 50, nullable: true })
  batch!: string | null;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ type: 'varchar', length: 24 })
  action!: QualityAction;

  @Column({ type: 'integer', nullable: true })
  temperatureTenths!: number | null;

  @Column({ type: 'integer', nullable: true })
  limitMinTenths!: number | null;

  @Column({ type: 'integer', nullable: true })
  limitMaxTenths!: number | null;

  @Column({ type: 'integer', nullable: true })
  supplierId!: number | null;

  /** The supplier issue raised from this finding (suppliers domain), when one was. */
  @Column({ type: 'integer', nullable: true })
  supplierIssueId!: number | null;

  @Column({ type: 'integer', nullable: true })
  correctiveActionId!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;
}

export const CHECK_ENTITIES = [
  PriceCheckEntity,
  PriceCheckItemEntity,
  PriceChangeEntity,
  PriceCheckSettingsEntity,
  QualityCheckEntity,
  QualityFindingEntity,
];
