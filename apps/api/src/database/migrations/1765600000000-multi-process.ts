import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Several API processes on one database (issue 17): the data versions that caches key on, one row per kind, bumped in
 * the writes' own transactions (data_version); and the fact-import queue in the database — the upload's shared path,
 * who asked and whether the kind was given, a lease (holder and expiry) so another process takes a job whose process
 * died, the attempts, and whether the rows were applied (set in the apply's own transaction). SQL per database as
 * TypeORM generates it.
 */
export class MultiProcess1765600000000 implements MigrationInterface {
  name = 'MultiProcess1765600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
    for (const sql of SEED) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

/** The kinds as this version knows them (a later kind's row is added by its first bump). */
const DATA_KINDS = ['facts', 'org', 'targets', 'schemes', 'inspections', 'calendar', 'complaints', 'meetings', 'ledger', 'violations'];

const SEED = [...DATA_KINDS.map((kind) => `INSERT INTO "data_version" ("kind", "version") VALUES ('${kind}', 0)`)];

const SQLITE_UP = [
  `CREATE TABLE "data_version" ("kind" varchar(32) PRIMARY KEY NOT NULL, "version" integer NOT NULL DEFAULT (0))`,
  `DROP INDEX "idx_import_created"`,
  `CREATE TABLE "temporary_import_job" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "fileName" varchar(255) NOT NULL, "checksum" varchar(64) NOT NULL, "sizeBytes" bigint NOT NULL, "status" varchar(16) NOT NULL, "phase" varchar(16) NOT NULL DEFAULT ('queued'), "progress" text, "bytesRead" bigint NOT NULL DEFAULT (0), "rowsRead" integer NOT NULL DEFAULT (0), "inserted" integer NOT NULL DEFAULT (0), "updated" integer NOT NULL DEFAULT (0), "unchanged" integer NOT NULL DEFAULT (0), "replacedStoreDays" integer NOT NULL DEFAULT (0), "ignoredStoreDaySales" integer NOT NULL DEFAULT (0), "closedDays" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "errors" text, "problemGroups" text, "unknownStores" text, "headers" text, "columns" text, "missingFields" text, "mapping" text, "storeMapping" text, "dateOrder" varchar(3), "decimalSeparator" varchar(1), "dateOrderGiven" boolean NOT NULL DEFAULT (0), "decimalSeparatorGiven" boolean NOT NULL DEFAULT (0), "createdById" integer, "createdBy" varchar(64), "createdAt" datetime NOT NULL, "startedAt" datetime, "finishedAt" datetime, "kindGiven" boolean NOT NULL DEFAULT (0), "filePath" varchar(500), "actor" text, "leaseOwner" varchar(120), "leaseUntil" datetime, "attempts" integer NOT NULL DEFAULT (0), "applied" boolean NOT NULL DEFAULT (0))`,
  `INSERT INTO "temporary_import_job"("id", "kind", "fileName", "checksum", "sizeBytes", "status", "phase", "progress", "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "replacedStoreDays", "ignoredStoreDaySales", "closedDays", "errorCount", "errors", "problemGroups", "unknownStores", "headers", "columns", "missingFields", "mapping", "storeMapping", "dateOrder", "decimalSeparator", "dateOrderGiven", "decimalSeparatorGiven", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt") SELECT "id", "kind", "fileName", "checksum", "sizeBytes", "status", "phase", "progress", "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "replacedStoreDays", "ignoredStoreDaySales", "closedDays", "errorCount", "errors", "problemGroups", "unknownStores", "headers", "columns", "missingFields", "mapping", "storeMapping", "dateOrder", "decimalSeparator", "dateOrderGiven", "decimalSeparatorGiven", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt" FROM "import_job"`,
  `DROP TABLE "import_job"`,
  `ALTER TABLE "temporary_import_job" RENAME TO "import_job"`,
  `CREATE INDEX "idx_import_created" ON "import_job" ("createdAt")`,
  `CREATE INDEX "idx_import_status" ON "import_job" ("status", "id")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_import_status"`,
  `DROP INDEX "idx_import_created"`,
  `ALTER TABLE "import_job" RENAME TO "temporary_import_job"`,
  `CREATE TABLE "import_job" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(32) NOT NULL, "fileName" varchar(255) NOT NULL, "checksum" varchar(64) NOT NULL, "sizeBytes" bigint NOT NULL, "status" varchar(16) NOT NULL, "phase" varchar(16) NOT NULL DEFAULT ('queued'), "progress" text, "bytesRead" bigint NOT NULL DEFAULT (0), "rowsRead" integer NOT NULL DEFAULT (0), "inserted" integer NOT NULL DEFAULT (0), "updated" integer NOT NULL DEFAULT (0), "unchanged" integer NOT NULL DEFAULT (0), "replacedStoreDays" integer NOT NULL DEFAULT (0), "ignoredStoreDaySales" integer NOT NULL DEFAULT (0), "closedDays" integer NOT NULL DEFAULT (0), "errorCount" integer NOT NULL DEFAULT (0), "errors" text, "problemGroups" text, "unknownStores" text, "headers" text, "columns" text, "missingFields" text, "mapping" text, "storeMapping" text, "dateOrder" varchar(3), "decimalSeparator" varchar(1), "dateOrderGiven" boolean NOT NULL DEFAULT (0), "decimalSeparatorGiven" boolean NOT NULL DEFAULT (0), "createdById" integer, "createdBy" varchar(64), "createdAt" datetime NOT NULL, "startedAt" datetime, "finishedAt" datetime)`,
  `INSERT INTO "import_job"("id", "kind", "fileName", "checksum", "sizeBytes", "status", "phase", "progress", "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "replacedStoreDays", "ignoredStoreDaySales", "closedDays", "errorCount", "errors", "problemGroups", "unknownStores", "headers", "columns", "missingFields", "mapping", "storeMapping", "dateOrder", "decimalSeparator", "dateOrderGiven", "decimalSeparatorGiven", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt") SELECT "id", "kind", "fileName", "checksum", "sizeBytes", "status", "phase", "progress", "bytesRead", "rowsRead", "inserted", "updated", "unchanged", "replacedStoreDays", "ignoredStoreDaySales", "closedDays", "errorCount", "errors", "problemGroups", "unknownStores", "headers", "columns", "missingFields", "mapping", "storeMapping", "dateOrder", "decimalSeparator", "dateOrderGiven", "decimalSeparatorGiven", "createdById", "createdBy", "createdAt", "startedAt", "finishedAt" FROM "temporary_import_job"`,
  `DROP TABLE "temporary_import_job"`,
  `CREATE INDEX "idx_import_created" ON "import_job" ("createdAt")`,
  `DROP TABLE "data_version"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "data_version" ("kind" character varying(32) NOT NULL, "version" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_5d43e51541733ccf5c90d6e6cb3" PRIMARY KEY ("kind"))`,
  `ALTER TABLE "import_job" ADD "kindGiven" boolean NOT NULL DEFAULT false`,
  `ALTER TABLE "import_job" ADD "filePath" character varying(500)`,
  `ALTER TABLE "import_job" ADD "actor" text`,
  `ALTER TABLE "import_job" ADD "leaseOwner" character varying(120)`,
  `ALTER TABLE "import_job" ADD "leaseUntil" TIMESTAMP WITH TIME ZONE`,
  `ALTER TABLE "import_job" ADD "attempts" integer NOT NULL DEFAULT '0'`,
  `ALTER TABLE "import_job" ADD "applied" boolean NOT NULL DEFAULT false`,
  `CREATE INDEX "idx_import_status" ON "import_job"  ("status", "id")`,
];

const POSTGRES_DOWN = [
  `DROP INDEX "public"."idx_import_status"`,
  `ALTER TABLE "import_job" DROP COLUMN "applied"`,
  `ALTER TABLE "import_job" DROP COLUMN "attempts"`,
  `ALTER TABLE "import_job" DROP COLUMN "leaseUntil"`,
  `ALTER TABLE "import_job" DROP COLUMN "leaseOwner"`,
  `ALTER TABLE "import_job" DROP COLUMN "actor"`,
  `ALTER TABLE "import_job" DROP COLUMN "filePath"`,
  `ALTER TABLE "import_job" DROP COLUMN "kindGiven"`,
  `DROP TABLE "data_version"`,
];
