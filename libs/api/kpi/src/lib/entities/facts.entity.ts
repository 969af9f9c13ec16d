import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '@storeops/api/core';

/**
 * Money in 分, labour in hundredths of an hour. A measure a file did not carry is NULL (unknown), never 0, and every
 * sum keeps beside it the base it may be divided by (the sales of the rows whose cost is known, …), so a ratio is
 * computed over exactly the rows that have all its inputs. No foreign keys on fact and rollup tables: imports
 * validate codes before writing, and FK checks would halve bulk-insert speed.
 */
const money = { type: 'bigint' as const, transformer: bigintNumber };
const optionalMoney = { type: 'bigint' as const, nullable: true, transformer: bigintNumber };
const count = { type: 'integer' as const, default: 0 };

/**
 * Daily facts per store × category (the grain POS exports give). Category 0 holds a store's uncategorised sales of
 * the day (未分品类, from a store file with 销售额); a category file for that store-day takes its place. Days are
 * integers YYYYMMDD and the key starts with the day, so rows arrive in key order and bulk imports append.
 */
@Entity('fact_category_day')
@Index('idx_fcd_store_day', ['storeId', 'day'])
export class FactCategoryDayEntity {
  @PrimaryColumn({ type: 'integer' }) day!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @PrimaryColumn({ type: 'integer' }) categoryId!: number;
  @Column(money) sales!: number;
  @Column(optionalMoney) cost!: number | null;
  @Column(optionalMoney) shrink!: number | null;
}

/**
 * Daily facts per store: 营业 (1 open, 0 closed, NULL unknown), transactions and labour from store files, and the
 * day's totals over its category rows (kept current by every import): Σ sales, Σ cost with the sales it covers, Σ
 * shrink likewise, and how many rows there are and how many carry cost and shrink.
 */
@Entity('fact_store_day')
@Index('idx_fsd_store_day', ['storeId', 'day'])
export class FactStoreDayEntity {
  @PrimaryColumn({ type: 'integer' }) day!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @Column({ type: 'smallint', nullable: true }) open!: number | null;
  @Column({ type: 'integer', nullable: true }) transactions!: number | null;
  @Column({ type: 'integer', nullable: true }) labourCenti!: number | null;
  @Column(optionalMoney) sales!: number | null;
  @Column(optionalMoney) cost!: number | null;
  @Column(optionalMoney) costSales!: number | null;
  @Column(optionalMoney) shrink!: number | null;
  @Column(optionalMoney) shrinkSales!: number | null;
  @Column(count) rows!: number;
  @Column(count) costRows!: number;
  @Column(count) shrinkRows!: number;
}

/** Month × store × category (month as YYYYMM), rebuilt for every (store, month) an import touches. */
@Entity('rollup_category_month')
export class RollupCategoryMonthEntity {
  @PrimaryColumn({ type: 'integer' }) month!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
  @PrimaryColumn({ type: 'integer' }) categoryId!: number;
  @Column(money) sales!: number;
  /** Category-days with a row. */
  @Column(count) days!: number;
  @Column(money) cost!: number;
  @Column(money) costSales!: number;
  @Column(count) costDays!: number;
  @Column(money) shrink!: number;
  @Column(money) shrinkSales!: number;
  @Column(count) shrinkDays!: number;
}

/** The store sums a month rollup and a span rollup both keep (STORE_SUM_COLUMNS in fact-aggregates.ts). */
abstract class StoreSums {
  @Column(count) days!: number;
  @Column(count) closedDays!: number;
  @Column(money) sales!: number;
  @Column(count) salesDays!: number;
  @Column(money) cost!: number;
  @Column(money) costSales!: number;
  @Column(count) costDays!: number;
  @Column(money) shrink!: number;
  @Column(money) shrinkSales!: number;
  @Column(count) shrinkDays!: number;
  @Column(money) transactions!: number;
  @Column(count) transactionDays!: number;
  /** Days with both sales and transactions (客单价), and their sums. */
  @Column(count) basketDays!: number;
  @Column(money) basketSales!: number;
  @Column(money) basketTransactions!: number;
  @Column(money) labourCenti!: number;
  @Column(count) labourDays!: number;
  /** Days with both sales and labour (人效), and their sums. */
  @Column(count) productivityDays!: number;
  @Column(money) labourSales!: number;
  @Column(money) labourBase!: number;
}

/**
 * Month × store totals. `days` are store-days with data (not closed, some measure known); each measure counts the
 * days it is known on and keeps the base its ratio divides by (客单价 over days with sales and transactions, …).
 */
@Entity('rollup_store_month')
export class RollupStoreMonthEntity extends StoreSums {
  @PrimaryColumn({ type: 'integer' }) month!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
}

/**
 * The month rollup summed over a quarter or a year (fromMonth..toMonth, YYYYMM): what a ranking of a quarter or a
 * year, and a KPI over whole quarters, read as one row per store instead of adding up 3 or 12 months at every read.
 * Rebuilt from rollup_store_month for the touched (store, span)s in the import's own transaction, so it never lags
 * the facts. A month needs no span row: rollup_store_month is already one row per store.
 */
@Entity('rollup_store_span')
export class RollupStoreSpanEntity extends StoreSums {
  @PrimaryColumn({ type: 'integer' }) fromMonth!: number;
  @PrimaryColumn({ type: 'integer' }) toMonth!: number;
  @PrimaryColumn({ type: 'integer' }) storeId!: number;
}
