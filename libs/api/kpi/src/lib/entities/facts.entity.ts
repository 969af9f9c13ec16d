import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '@storeops/api/core';

/**
 * Daily facts per store × category (the grain POS exports give). Days are integers YYYYMMDD and the key starts with
 * the day, so rows arrive in key order and bulk imports append. Money in 分. No foreign keys on fact and rollup
 * tables: imports validate codes before writing, and FK checks would halve bulk-insert speed.
 */
@Entity('fact_category_day')
@Index('idx_fcd_store_day', ['storeId', 'day'])
export class FactCategoryDayEntity {
  @PrimaryColumn({ type: 'integer' }) day!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @PrimaryColumn({ type: 'integer' }) categoryId!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) sales!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) cost!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) shrink!: number;
}

/**
 * Daily facts per store: transactions and labour (in hundredths of an hour, so sums stay exact) from store imports,
 * and the day's category totals (sales, cost, shrink), kept current by category imports — the store-level day rollup.
 */
@Entity('fact_store_day')
@Index('idx_fsd_store_day', ['storeId', 'day'])
export class FactStoreDayEntity {
  @PrimaryColumn({ type: 'integer' }) day!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @Column({ type: 'integer', nullable: true }) transactions!: number | null;
  @Column({ type: 'integer', nullable: true }) labourCenti!: number | null;
  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 }) sales!: number;
  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 }) cost!: number;
  @Column({ type: 'bigint', transformer: bigintNumber, default: 0 }) shrink!: number;
}

/** Month × store × category totals (month as YYYYMM), rebuilt for every group an import touches. */
@Entity('rollup_category_month')
export class RollupCategoryMonthEntity {
  @PrimaryColumn({ type: 'integer' }) month!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @PrimaryColumn({ type: 'integer' }) categoryId!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) sales!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) cost!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) shrink!: number;
}

/** Month × store totals, with the number of days that have facts. */
@Entity('rollup_store_month')
export class RollupStoreMonthEntity {
  @PrimaryColumn({ type: 'integer' }) month!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) sales!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) cost!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) shrink!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) transactions!: number;
  @Column({ type: 'bigint', transformer: bigintNumber }) labourCenti!: number;
  @Column({ type: 'integer' }) days!: number;
}
