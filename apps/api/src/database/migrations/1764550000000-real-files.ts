import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Real chains' files (issue 10): the chain's own store codes (1-20 characters, looked up case-insensitively by
 * codeKey) and external codes; a sales area that may be unknown; measures that may be unknown (cost and shrink
 * nullable), 营业 and the bases every ratio divides by on the store-day totals; month rollups that count the days each
 * measure is known on (rebuilt here from the daily facts); import jobs with phases, grouped problems and kept
 * problems. Existing facts keep their values: every category row had cost and shrink, so their bases are their sales.
 * Old jobs' free-text problems are not carried over (they have no code to be worded in another language).
 */
export class RealFiles1764550000000 implements MigrationInterface {
  name = 'RealFiles1764550000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(): Promise<void> {
    throw new Error('RealFiles1764550000000 cannot be undone: unknown measures cannot be turned back into zeros');
  }
}

const SQLITE_UP = [
  `DROP INDEX "idx_store_region"`,
  `CREATE TABLE "temporary_store" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "codeKey" varchar(20) NOT NULL, "name" varchar(64) NOT NULL, "regionId" integer NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('open'), "openDate" date, "salesAreaSqm" integer, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_40c711bd10299557bc2bc497206" UNIQUE ("code"), CONSTRAINT "UQ_36a02463d3b1fb5f3e562044b3c" UNIQUE ("codeKey"), CONSTRAINT "FK_26fe9e05a517d67ca575fcc298c" FOREIGN KEY ("regionId") REFERENCES "region" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_store"("id", "code", "codeKey", "name", "regionId", "format", "status", "openDate", "salesAreaSqm", "version") SELECT "id", "code", UPPER(TRIM("code")), "name", "regionId", "format", "status", "openDate", "salesAreaSqm", "version" FROM "store"`,
  `DROP TABLE "store"`,
  `ALTER TABLE "temporary_store" RENAME TO "store"`,
  `CREATE INDEX "idx_store_region" ON "store" ("regionId") `,
  `CREATE TABLE "store_external_code" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "code" varchar(40) NOT NULL, "codeKey" varchar(40) NOT NULL, CONSTRAINT "UQ_1ed4adb596c44de1f7166dcdb4d" UNIQUE ("codeKey"), CONSTRAINT "FK_7500898b44bc2631df75e8b6c89" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_store_external_code_store" ON "store_external_code" ("storeId") `,
  `DROP INDEX "idx_fcd_store_day"`,
  `CREATE TABLE "temporary_fact_category_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint, "shrink" bigint, PRIMARY KEY ("day", "storeId", "categoryId"))`,
  `INSERT INTO "temporary_fact_category_day"("day", "storeId", "categoryId", "sales", "cost", "shrink") SELECT "day", "storeId", "categoryId", "sales", "cost", "shrink" FROM "fact_category_day"`,
  `DROP TABLE "fact_category_day"`,
  `ALTER TABLE "temporary_fact_category_day" RENAME TO "fact_category_day"`,
  `CREATE INDEX "idx_fcd_store_day" ON "fact_category_day" ("storeId", "day") `,
  `DROP INDEX "idx_fsd_store_day"`,
  `CREATE TABLE "temporary_fact_store_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "open" smallint, "transactions" integer, "labourCenti" integer, "sales" bigint, "cost" bigint, "costSales" bigint, "shrink" bigint, "shrinkSales" bigint, "rows" integer NOT NULL DEFAULT (0), "costRows" integer NOT NULL DEFAULT (0), "shrinkRows" integer NOT NULL DEFAULT (0), PRIMARY KEY ("day", "storeId"))`,
  `INSERT INTO "temporary_fact_store_day"("day", "storeId", "open", "transactions", "labourCenti", "sales", "cost", "costSales", "shrink", "shrinkSales", "rows", "costRows", "shrinkRows") SELECT t."day", t."storeId", NULL, t."transactions", t."labourCenti", c."sales", c."cost", c."sales", c."shrink", c."sales", COALESCE(c."n", 0), COALESCE(c."n", 0), COALESCE(c."n", 0) FROM "fact_store_day" t LEFT JOIN (SELECT "day", "storeId", SUM("sales") AS "sales", SUM("cost") AS "cost", SUM("shrink") AS "shrink", COUNT(*) AS "n" FROM "fact_category_day" GROUP BY "day", "storeId") c ON c."day" = t."day" AND c."storeId" = t."storeId"`,
  `DROP TABLE "fact_store_day"`,
  `ALTER TABLE "temporary_fact_store_day" RENAME TO "fact_store_day"`,
  `CREATE INDEX "idx_fsd_store_day" ON "fact_store_day" ("storeId", "day") `,
  `DROP TABLE "rollup_category_month"`,
  `CREATE TABLE "rollup_category_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "days" integer NOT NULL DEFAULT (0), "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT (0), "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT (0), PRIMARY KEY ("month", "storeId", "categoryId"))`,
  `INSERT INTO "rollup_category_month" ("month", "storeId", "categoryId", "days", "sales", "cost", "costSales", "costDays", "shrink", "shrinkSales", "shrinkDays") SELECT f."day" / 100, f."storeId", f."categoryId", COUNT(*), COALESCE(SUM(f."sales"), 0), COALESCE(SUM(f."cost"), 0), COALESCE(SUM(CASE WHEN f."cost" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."cost" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."shrink"), 0), COALESCE(SUM(CASE WHEN f."shrink" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."shrink" IS NOT NULL THEN 1 ELSE 0 END), 0) FROM "fact_category_day" f GROUP BY f."day" / 100, f."storeId", f."categoryId"`,
  `DROP TABLE "rollup_store_month"`,
  `CREATE TABLE "rollup_store_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "days" integer NOT NULL DEFAULT (0), "closedDays" integer NOT NULL DEFAULT (0), "sales" bigint NOT NULL, "salesDays" integer NOT NULL DEFAULT (0), "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT (0), "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT (0), "transactions" bigint NOT NULL, "transactionDays" integer NOT NULL DEFAULT (0), "basketDays" integer NOT NULL DEFAULT (0), "basketSales" bigint NOT NULL, "basketTransactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "labourDays" integer NOT NULL DEFAULT (0), "productivityDays" integer NOT NULL DEFAULT (0), "labourSales" bigint NOT NULL, "labourBase" bigint NOT NULL, PRIMARY KEY ("month", "storeId"))`,
  `INSERT INTO "rollup_store_month" ("month", "storeId", "days", "closedDays", "sales", "salesDays", "cost", "costSales", "costDays", "shrink", "shrinkSales", "shrinkDays", "transactions", "transactionDays", "basketDays", "basketSales", "basketTransactions", "labourCenti", "labourDays", "productivityDays", "labourSales", "labourBase") SELECT f."day" / 100, f."storeId", COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND (f."sales" IS NOT NULL OR f."transactions" IS NOT NULL OR f."labourCenti" IS NOT NULL) THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."open" = 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."sales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."cost"), 0), COALESCE(SUM(f."costSales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."rows" > 0 AND f."costRows" = f."rows" THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."shrink"), 0), COALESCE(SUM(f."shrinkSales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."rows" > 0 AND f."shrinkRows" = f."rows" THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."transactions"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."transactions" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN f."transactions" END), 0), COALESCE(SUM(f."labourCenti"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."labourCenti" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN f."labourCenti" END), 0) FROM "fact_store_day" f GROUP BY f."day" / 100, f."storeId"`,
  `DROP INDEX "idx_import_created"`,
  `CREATE TABLE "temporary_import_job" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "fileName" varchar(255) NOT NULL, "checksum" varchar(64) NOT NULL, "sizeBytes" bigint NOT NULL, "status" varchar(16) NOT NULL, "phase" varchar(16) NOT NULL DEFAULT ('queued'), "progress" text, "bytesRead" bigint NOT NULL DEFAULT (0), "rowsRead" integer NOT NULL DEFAULT (0), "inserted" integer NOT NULL DEFAULT (0), "updated" integer NOT NULL DEFAULT (0), "unchanged" integer NOT NULL DEFAULT (0), "replacedStoreDays" integer NOT NULL DEFAULT (0), "ignoredStoreDaySales" integer NOT NULL DEFAULT (0), "closedDays" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "errors" text, "problemGroups" text, "unknownStores" text, "headers" text, "columns" text, "missingFields" text, "mapping" text, "storeMapping" text, "dateOrder" varchar(3), "decimalSeparator" varchar(1), "dateOrderGiven" boolean NOT NULL DEFAULT (0), "decimalSeparatorGiven" boolean NOT NULL DEFAULT (0), "createdById" integer, "createdBy" varchar(64), "createdAt" datetime NOT NULL, "startedAt" datetime, "finishedAt" datetime)`,
  `INSERT INTO "temporary_import_job"("id", "kind", "fileName", "checksum", "sizeBytes", "status", "phase", "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "errorCount", "headers", "mapping", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt") SELECT "id", "kind", "fileName", "checksum", "sizeBytes", "status", 'done', "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "errorCount", "headers", "mapping", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt" FROM "import_job"`,
  `DROP TABLE "import_job"`,
  `ALTER TABLE "temporary_import_job" RENAME TO "import_job"`,
  `CREATE INDEX "idx_import_created" ON "import_job" ("createdAt") `,
  `CREATE TABLE "import_problem" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "jobId" integer NOT NULL, "line" integer NOT NULL, "column" integer, "code" varchar(40) NOT NULL, "value" varchar(120), "params" text)`,
  `CREATE INDEX "idx_import_problem_job" ON "import_problem" ("jobId", "id") `,
];

const POSTGRES_UP = [
  `ALTER TABLE "store" ALTER COLUMN "code" TYPE character varying(20)`,
  `ALTER TABLE "store" ADD "codeKey" character varying(20)`,
  `UPDATE "store" SET "codeKey" = UPPER(TRIM("code"))`,
  `ALTER TABLE "store" ALTER COLUMN "codeKey" SET NOT NULL`,
  `ALTER TABLE "store" ADD CONSTRAINT "UQ_36a02463d3b1fb5f3e562044b3c" UNIQUE ("codeKey")`,
  `ALTER TABLE "store" ALTER COLUMN "salesAreaSqm" DROP NOT NULL`,
  `CREATE TABLE "store_external_code" ("id" SERIAL NOT NULL, "storeId" integer NOT NULL, "code" character varying(40) NOT NULL, "codeKey" character varying(40) NOT NULL, CONSTRAINT "UQ_1ed4adb596c44de1f7166dcdb4d" UNIQUE ("codeKey"), CONSTRAINT "PK_f203ab5b8f36b225d0540d414b8" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_store_external_code_store" ON "store_external_code"  ("storeId")`,
  `ALTER TABLE "store_external_code" ADD CONSTRAINT "FK_7500898b44bc2631df75e8b6c89" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "fact_category_day" ALTER COLUMN "cost" DROP NOT NULL`,
  `ALTER TABLE "fact_category_day" ALTER COLUMN "shrink" DROP NOT NULL`,
  `ALTER TABLE "fact_store_day" ADD "open" smallint`,
  `ALTER TABLE "fact_store_day" ADD "costSales" bigint`,
  `ALTER TABLE "fact_store_day" ADD "shrinkSales" bigint`,
  `ALTER TABLE "fact_store_day" ADD "rows" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "fact_store_day" ADD "costRows" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "fact_store_day" ADD "shrinkRows" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "sales" DROP NOT NULL`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "sales" DROP DEFAULT`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "cost" DROP NOT NULL`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "cost" DROP DEFAULT`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "shrink" DROP NOT NULL`,
  `ALTER TABLE "fact_store_day" ALTER COLUMN "shrink" DROP DEFAULT`,
  `UPDATE "fact_store_day" SET "sales" = NULL, "cost" = NULL, "shrink" = NULL`,
  `UPDATE "fact_store_day" f SET "sales" = c."sales", "cost" = c."cost", "costSales" = c."sales", "shrink" = c."shrink", "shrinkSales" = c."sales", "rows" = c."n", "costRows" = c."n", "shrinkRows" = c."n" FROM (SELECT "day", "storeId", SUM("sales") AS "sales", SUM("cost") AS "cost", SUM("shrink") AS "shrink", COUNT(*) AS "n" FROM "fact_category_day" GROUP BY "day", "storeId") c WHERE c."day" = f."day" AND c."storeId" = f."storeId"`,
  `DROP TABLE "rollup_category_month"`,
  `CREATE TABLE "rollup_category_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "days" integer NOT NULL DEFAULT '0', "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT '0', "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_8e941868fbecb844a132a5bf9c7" PRIMARY KEY ("month", "storeId", "categoryId"))`,
  `INSERT INTO "rollup_category_month" ("month", "storeId", "categoryId", "days", "sales", "cost", "costSales", "costDays", "shrink", "shrinkSales", "shrinkDays") SELECT f."day" / 100, f."storeId", f."categoryId", COUNT(*), COALESCE(SUM(f."sales"), 0), COALESCE(SUM(f."cost"), 0), COALESCE(SUM(CASE WHEN f."cost" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."cost" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."shrink"), 0), COALESCE(SUM(CASE WHEN f."shrink" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."shrink" IS NOT NULL THEN 1 ELSE 0 END), 0) FROM "fact_category_day" f GROUP BY f."day" / 100, f."storeId", f."categoryId"`,
  `DROP TABLE "rollup_store_month"`,
  `CREATE TABLE "rollup_store_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "days" integer NOT NULL DEFAULT '0', "closedDays" integer NOT NULL DEFAULT '0', "sales" bigint NOT NULL, "salesDays" integer NOT NULL DEFAULT '0', "cost" bigint NOT NULL, "costSales" bigint NOT NULL, "costDays" integer NOT NULL DEFAULT '0', "shrink" bigint NOT NULL, "shrinkSales" bigint NOT NULL, "shrinkDays" integer NOT NULL DEFAULT '0', "transactions" bigint NOT NULL, "transactionDays" integer NOT NULL DEFAULT '0', "basketDays" integer NOT NULL DEFAULT '0', "basketSales" bigint NOT NULL, "basketTransactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "labourDays" integer NOT NULL DEFAULT '0', "productivityDays" integer NOT NULL DEFAULT '0', "labourSales" bigint NOT NULL, "labourBase" bigint NOT NULL, CONSTRAINT "PK_96972ca8173e3bc7a997a2b1775" PRIMARY KEY ("month", "storeId"))`,
  `INSERT INTO "rollup_store_month" ("month", "storeId", "days", "closedDays", "sales", "salesDays", "cost", "costSales", "costDays", "shrink", "shrinkSales", "shrinkDays", "transactions", "transactionDays", "basketDays", "basketSales", "basketTransactions", "labourCenti", "labourDays", "productivityDays", "labourSales", "labourBase") SELECT f."day" / 100, f."storeId", COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND (f."sales" IS NOT NULL OR f."transactions" IS NOT NULL OR f."labourCenti" IS NOT NULL) THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."open" = 0 THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."sales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."cost"), 0), COALESCE(SUM(f."costSales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."rows" > 0 AND f."costRows" = f."rows" THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."shrink"), 0), COALESCE(SUM(f."shrinkSales"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."rows" > 0 AND f."shrinkRows" = f."rows" THEN 1 ELSE 0 END), 0), COALESCE(SUM(f."transactions"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."transactions" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."transactions" IS NOT NULL THEN f."transactions" END), 0), COALESCE(SUM(f."labourCenti"), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."labourCenti" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN COALESCE(f."open", 1) <> 0 AND f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN f."sales" END), 0), COALESCE(SUM(CASE WHEN f."sales" IS NOT NULL AND f."labourCenti" IS NOT NULL THEN f."labourCenti" END), 0) FROM "fact_store_day" f GROUP BY f."day" / 100, f."storeId"`,
  `ALTER TABLE "import_job" ADD "phase" character varying(16) NOT NULL DEFAULT 'queued'`,
  `ALTER TABLE "import_job" ADD "progress" text`,
  `ALTER TABLE "import_job" ADD "replacedStoreDays" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "import_job" ADD "ignoredStoreDaySales" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "import_job" ADD "closedDays" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "import_job" ADD "problemGroups" text`,
  `ALTER TABLE "import_job" ADD "unknownStores" text`,
  `ALTER TABLE "import_job" ADD "columns" text`,
  `ALTER TABLE "import_job" ADD "missingFields" text`,
  `ALTER TABLE "import_job" ADD "storeMapping" text`,
  `ALTER TABLE "import_job" ADD "dateOrder" character varying(3)`,
  `ALTER TABLE "import_job" ADD "decimalSeparator" character varying(1)`,
  `ALTER TABLE "import_job" ADD "dateOrderGiven" boolean NOT NULL DEFAULT false`,
  `ALTER TABLE "import_job" ADD "decimalSeparatorGiven" boolean NOT NULL DEFAULT false`,
  `UPDATE "import_job" SET "phase" = 'done', "errors" = NULL`,
  `CREATE TABLE "import_problem" ("id" SERIAL NOT NULL, "jobId" integer NOT NULL, "line" integer NOT NULL, "column" integer, "code" character varying(40) NOT NULL, "value" character varying(120), "params" text, CONSTRAINT "PK_69157707f53e5d8a708f23ffc80" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_import_problem_job" ON "import_problem"  ("jobId", "id")`,
];
