import { MigrationInterface, QueryRunner } from 'typeorm';

/** Daily facts, their month rollups, import jobs and remembered column mappings. */
export class Facts1764250000000 implements MigrationInterface {
  name = 'Facts1764250000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "fact_category_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, PRIMARY KEY ("day", "storeId", "categoryId"))`,
  `CREATE INDEX "idx_fcd_store_day" ON "fact_category_day" ("storeId", "day")`,
  `CREATE TABLE "fact_store_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "transactions" integer, "labourCenti" integer, "sales" bigint NOT NULL DEFAULT (0), "cost" bigint NOT NULL DEFAULT (0), "shrink" bigint NOT NULL DEFAULT (0), PRIMARY KEY ("day", "storeId"))`,
  `CREATE INDEX "idx_fsd_store_day" ON "fact_store_day" ("storeId", "day")`,
  `CREATE TABLE "rollup_category_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, PRIMARY KEY ("month", "storeId", "categoryId"))`,
  `CREATE TABLE "rollup_store_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, "transactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "days" integer NOT NULL, PRIMARY KEY ("month", "storeId"))`,
  `CREATE TABLE "import_job" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "fileName" varchar(255) NOT NULL, "checksum" varchar(64) NOT NULL, "sizeBytes" bigint NOT NULL, "status" varchar(16) NOT NULL, "bytesRead" bigint NOT NULL DEFAULT (0), "rowsRead" integer NOT NULL DEFAULT (0), "inserted" integer NOT NULL DEFAULT (0), "updated" integer NOT NULL DEFAULT (0), "unchanged" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "errors" text, "headers" text, "mapping" text, "createdById" integer, "createdBy" varchar(64), "createdAt" datetime NOT NULL, "startedAt" datetime, "finishedAt" datetime)`,
  `CREATE INDEX "idx_import_created" ON "import_job" ("createdAt")`,
  `CREATE TABLE "import_mapping" ("signature" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(32) NOT NULL, "mapping" text NOT NULL, "updatedAt" datetime NOT NULL)`,
];

const SQLITE_DOWN = [
  `DROP TABLE "import_mapping"`,
  `DROP INDEX "idx_import_created"`,
  `DROP TABLE "import_job"`,
  `DROP TABLE "rollup_store_month"`,
  `DROP TABLE "rollup_category_month"`,
  `DROP INDEX "idx_fsd_store_day"`,
  `DROP TABLE "fact_store_day"`,
  `DROP INDEX "idx_fcd_store_day"`,
  `DROP TABLE "fact_category_day"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "fact_category_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, CONSTRAINT "PK_63926d6e03f43ded8f51eed86fb" PRIMARY KEY ("day", "storeId", "categoryId"))`,
  `CREATE INDEX "idx_fcd_store_day" ON "fact_category_day"  ("storeId", "day")`,
  `CREATE TABLE "fact_store_day" ("day" integer NOT NULL, "storeId" integer NOT NULL, "transactions" integer, "labourCenti" integer, "sales" bigint NOT NULL DEFAULT '0', "cost" bigint NOT NULL DEFAULT '0', "shrink" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_b6be15bea18732945b6056a5d9c" PRIMARY KEY ("day", "storeId"))`,
  `CREATE INDEX "idx_fsd_store_day" ON "fact_store_day"  ("storeId", "day")`,
  `CREATE TABLE "rollup_category_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "categoryId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, CONSTRAINT "PK_8e941868fbecb844a132a5bf9c7" PRIMARY KEY ("month", "storeId", "categoryId"))`,
  `CREATE TABLE "rollup_store_month" ("month" integer NOT NULL, "storeId" integer NOT NULL, "sales" bigint NOT NULL, "cost" bigint NOT NULL, "shrink" bigint NOT NULL, "transactions" bigint NOT NULL, "labourCenti" bigint NOT NULL, "days" integer NOT NULL, CONSTRAINT "PK_96972ca8173e3bc7a997a2b1775" PRIMARY KEY ("month", "storeId"))`,
  `CREATE TABLE "import_job" ("id" SERIAL NOT NULL, "kind" character varying(32) NOT NULL, "fileName" character varying(255) NOT NULL, "checksum" character varying(64) NOT NULL, "sizeBytes" bigint NOT NULL, "status" character varying(16) NOT NULL, "bytesRead" bigint NOT NULL DEFAULT '0', "rowsRead" integer NOT NULL DEFAULT '0', "inserted" integer NOT NULL DEFAULT '0', "updated" integer NOT NULL DEFAULT '0', "unchanged" integer NOT NULL DEFAULT '0', "errorCount" integer NOT NULL DEFAULT '0', "errors" text, "headers" text, "mapping" text, "createdById" integer, "createdBy" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "startedAt" TIMESTAMP WITH TIME ZONE, "finishedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_import_created" ON "import_job"  ("createdAt")`,
  `CREATE TABLE "import_mapping" ("signature" character varying(64) NOT NULL, "kind" character varying(32) NOT NULL, "mapping" text NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_ae70a1d3597fac49170aeab9fba" PRIMARY KEY ("signature"))`,
];

const POSTGRES_DOWN = [
  `DROP TABLE "import_mapping"`,
  `DROP INDEX "public"."idx_import_created"`,
  `DROP TABLE "import_job"`,
  `DROP TABLE "rollup_store_month"`,
  `DROP TABLE "rollup_category_month"`,
  `DROP INDEX "public"."idx_fsd_store_day"`,
  `DROP TABLE "fact_store_day"`,
  `DROP INDEX "public"."idx_fcd_store_day"`,
  `DROP TABLE "fact_category_day"`,
];
