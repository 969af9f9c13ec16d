import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Target workflow (issue 12): the company target kept apart from the stores' sum (target_decomposition.targetTotal,
 * filled from total for existing splits), the director's return comment, and a history that holds returns and
 * settled totals besides cell edits (target_change.kind; storeId, month, before and after become optional). SQL
 * per database, as TypeORM generates it (SQLite rebuilds both tables).
 */
export class TargetWorkflow1764700000000 implements MigrationInterface {
  name = 'TargetWorkflow1764700000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `DROP INDEX "idx_target_decomposition_year_metric"`,
  `CREATE TABLE "temporary_target_decomposition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "metric" varchar(32) NOT NULL, "total" bigint NOT NULL, "method" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "current" boolean NOT NULL DEFAULT (0), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "publishedBy" varchar(64), "publishedAt" datetime, "approvedBy" varchar(64), "approvedAt" datetime, "version" integer NOT NULL DEFAULT (1), "targetTotal" bigint, "returnComment" varchar(500), "returnedBy" varchar(64), "returnedAt" datetime)`,
  `INSERT INTO "temporary_target_decomposition"("id", "year", "metric", "total", "method", "status", "current", "createdBy", "createdAt", "publishedBy", "publishedAt", "approvedBy", "approvedAt", "version") SELECT "id", "year", "metric", "total", "method", "status", "current", "createdBy", "createdAt", "publishedBy", "publishedAt", "approvedBy", "approvedAt", "version" FROM "target_decomposition"`,
  `DROP TABLE "target_decomposition"`,
  `ALTER TABLE "temporary_target_decomposition" RENAME TO "target_decomposition"`,
  `CREATE INDEX "idx_target_decomposition_year_metric" ON "target_decomposition" ("year", "metric") `,
  `DROP INDEX "idx_target_change_decomposition"`,
  `CREATE TABLE "temporary_target_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "before" bigint NOT NULL, "after" bigint NOT NULL, "reason" varchar(500) NOT NULL, "changedById" integer, "changedBy" varchar(64), "changedAt" datetime NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('cell'), CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_target_change"("id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt") SELECT "id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt" FROM "target_change"`,
  `DROP TABLE "target_change"`,
  `ALTER TABLE "temporary_target_change" RENAME TO "target_change"`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change" ("decompositionId") `,
  `DROP INDEX "idx_target_change_decomposition"`,
  `CREATE TABLE "temporary_target_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer, "month" integer, "before" bigint, "after" bigint, "reason" varchar(500) NOT NULL, "changedById" integer, "changedBy" varchar(64), "changedAt" datetime NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('cell'), CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_target_change"("id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt", "kind") SELECT "id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt", "kind" FROM "target_change"`,
  `DROP TABLE "target_change"`,
  `ALTER TABLE "temporary_target_change" RENAME TO "target_change"`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change" ("decompositionId") `,
  `UPDATE "target_decomposition" SET "targetTotal" = "total"`,
];

const SQLITE_DOWN = [
  `DELETE FROM "target_change" WHERE "kind" <> 'cell'`,
  `DROP INDEX "idx_target_change_decomposition"`,
  `ALTER TABLE "target_change" RENAME TO "temporary_target_change"`,
  `CREATE TABLE "target_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "before" bigint NOT NULL, "after" bigint NOT NULL, "reason" varchar(500) NOT NULL, "changedById" integer, "changedBy" varchar(64), "changedAt" datetime NOT NULL, "kind" varchar(16) NOT NULL DEFAULT ('cell'), CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "target_change"("id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt", "kind") SELECT "id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt", "kind" FROM "temporary_target_change"`,
  `DROP TABLE "temporary_target_change"`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change" ("decompositionId") `,
  `DROP INDEX "idx_target_change_decomposition"`,
  `ALTER TABLE "target_change" RENAME TO "temporary_target_change"`,
  `CREATE TABLE "target_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "before" bigint NOT NULL, "after" bigint NOT NULL, "reason" varchar(500) NOT NULL, "changedById" integer, "changedBy" varchar(64), "changedAt" datetime NOT NULL, CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "target_change"("id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt") SELECT "id", "decompositionId", "storeId", "month", "before", "after", "reason", "changedById", "changedBy", "changedAt" FROM "temporary_target_change"`,
  `DROP TABLE "temporary_target_change"`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change" ("decompositionId") `,
  `DROP INDEX "idx_target_decomposition_year_metric"`,
  `ALTER TABLE "target_decomposition" RENAME TO "temporary_target_decomposition"`,
  `CREATE TABLE "target_decomposition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "metric" varchar(32) NOT NULL, "total" bigint NOT NULL, "method" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "current" boolean NOT NULL DEFAULT (0), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "publishedBy" varchar(64), "publishedAt" datetime, "approvedBy" varchar(64), "approvedAt" datetime, "version" integer NOT NULL DEFAULT (1))`,
  `INSERT INTO "target_decomposition"("id", "year", "metric", "total", "method", "status", "current", "createdBy", "createdAt", "publishedBy", "publishedAt", "approvedBy", "approvedAt", "version") SELECT "id", "year", "metric", "total", "method", "status", "current", "createdBy", "createdAt", "publishedBy", "publishedAt", "approvedBy", "approvedAt", "version" FROM "temporary_target_decomposition"`,
  `DROP TABLE "temporary_target_decomposition"`,
  `CREATE INDEX "idx_target_decomposition_year_metric" ON "target_decomposition" ("year", "metric") `,
];

const POSTGRES_UP = [
  `ALTER TABLE "target_decomposition" ADD "targetTotal" bigint`,
  `ALTER TABLE "target_decomposition" ADD "returnComment" character varying(500)`,
  `ALTER TABLE "target_decomposition" ADD "returnedBy" character varying(64)`,
  `ALTER TABLE "target_decomposition" ADD "returnedAt" TIMESTAMP WITH TIME ZONE`,
  `ALTER TABLE "target_change" ADD "kind" character varying(16) NOT NULL DEFAULT 'cell'`,
  `ALTER TABLE "target_change" ALTER COLUMN "storeId" DROP NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "month" DROP NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "before" DROP NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "after" DROP NOT NULL`,
  `UPDATE "target_decomposition" SET "targetTotal" = "total"`,
];

const POSTGRES_DOWN = [
  `DELETE FROM "target_change" WHERE "kind" <> 'cell'`,
  `ALTER TABLE "target_change" ALTER COLUMN "after" SET NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "before" SET NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "month" SET NOT NULL`,
  `ALTER TABLE "target_change" ALTER COLUMN "storeId" SET NOT NULL`,
  `ALTER TABLE "target_change" DROP COLUMN "kind"`,
  `ALTER TABLE "target_decomposition" DROP COLUMN "returnedAt"`,
  `ALTER TABLE "target_decomposition" DROP COLUMN "returnedBy"`,
  `ALTER TABLE "target_decomposition" DROP COLUMN "returnComment"`,
  `ALTER TABLE "target_decomposition" DROP COLUMN "targetTotal"`,
];
