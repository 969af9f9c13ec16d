import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * rollup_store_span (issue 17, point 5): the month rollup summed per store over each quarter and each year, kept by
 * the import's apply in its own transaction, so a ranking of a quarter or a year reads one row per store. Filled here
 * from the month rollups already stored. SQL per database as TypeORM generates it; the backfill is the same on both.
 */
export class RollupStoreSpan1765500000000 implements MigrationInterface {
  name = 'RollupStoreSpan1765500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
    for (const sql of BACKFILL) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "rollup_store_span"`);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "rollup_store_span" ("fromMonth" integer NOT NULL, "toMonth" integer NOT NULL, "storeId" integer NOT NULL, "days" integer NOT NULL DEFAULT (0), "closedDays" integer NOT NULL DEFAULT (0), "sales" bigint NOT NULL, "salesDays" integer NOT NULL DEFAULT (0), "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT (0), "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT (0), "transactions" bigint NOT NULL, "transactionDays" integer NOT NULL DEFAULT (0), "basketDays" integer NOT NULL DEFAULT (0), "basketSales" bigint NOT NULL, "basketTransactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "labourDays" integer NOT NULL DEFAULT (0), "productivityDays" integer NOT NULL DEFAULT (0), "labourSales" bigint NOT NULL, "labourBase" bigint NOT NULL, PRIMARY KEY ("fromMonth", "toMonth", "storeId"))`,
];

const POSTGRES_UP = [
  `CREATE TABLE "rollup_store_span" ("fromMonth" integer NOT NULL, "toMonth" integer NOT NULL, "storeId" integer NOT NULL, "days" integer NOT NULL DEFAULT '0', "closedDays" integer NOT NULL DEFAULT '0', "sales" bigint NOT NULL, "salesDays" integer NOT NULL DEFAULT '0', "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT '0', "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT '0', "transactions" bigint NOT NULL, "transactionDays" integer NOT NULL DEFAULT '0', "basketDays" integer NOT NULL DEFAULT '0', "basketSales" bigint NOT NULL, "basketTransactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "labourDays" integer NOT NULL DEFAULT '0', "productivityDays" integer NOT NULL DEFAULT '0', "labourSales" bigint NOT NULL, "labourBase" bigint NOT NULL, CONSTRAINT "PK_8aa457971012b4924e0557360f9" PRIMARY KEY ("fromMonth", "toMonth", "storeId"))`,
];

const COLUMNS = `"days", "closedDays", "sales", "salesDays", "cost", "costSales", "costDays", "shrink", "shrinkSales", "shrinkDays", "transactions", "transactionDays", "basketDays", "basketSales", "basketTransactions", "labourCenti", "labourDays", "productivityDays", "labourSales", "labourBase"`;
const SUMS = `SUM("days"), SUM("closedDays"), SUM("sales"), SUM("salesDays"), SUM("cost"), SUM("costSales"), SUM("costDays"), SUM("shrink"), SUM("shrinkSales"), SUM("shrinkDays"), SUM("transactions"), SUM("transactionDays"), SUM("basketDays"), SUM("basketSales"), SUM("basketTransactions"), SUM("labourCenti"), SUM("labourDays"), SUM("productivityDays"), SUM("labourSales"), SUM("labourBase")`;
const QUARTER_START = `("month" / 100) * 100 + (("month" % 100 - 1) / 3) * 3 + 1`;

const BACKFILL = [
  `INSERT INTO "rollup_store_span" ("fromMonth", "toMonth", "storeId", ${COLUMNS})
    SELECT ${QUARTER_START}, ${QUARTER_START} + 2, "storeId", ${SUMS} FROM "rollup_store_month"
    GROUP BY ${QUARTER_START}, "storeId"`,
  `INSERT INTO "rollup_store_span" ("fromMonth", "toMonth", "storeId", ${COLUMNS})
    SELECT ("month" / 100) * 100 + 1, ("month" / 100) * 100 + 12, "storeId", ${SUMS} FROM "rollup_store_month"
    GROUP BY "month" / 100, "storeId"`,
];
