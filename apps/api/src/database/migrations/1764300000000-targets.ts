import { MigrationInterface, QueryRunner } from 'typeorm';

/** Targets 经营指标: decompositions, their store years and month cells, and the change history. SQL per database, as TypeORM generates it. */
export class Targets1764300000000 implements MigrationInterface {
  name = 'Targets1764300000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "target_decomposition" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "metric" varchar(32) NOT NULL, "total" bigint NOT NULL, "method" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "current" boolean NOT NULL DEFAULT (0), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "publishedBy" varchar(64), "publishedAt" datetime, "approvedBy" varchar(64), "approvedAt" datetime, "version" integer NOT NULL DEFAULT (1))`,
  `CREATE INDEX "idx_target_decomposition_year_metric" ON "target_decomposition" ("year", "metric")`,
  `CREATE TABLE "target_cell" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "value" bigint NOT NULL, CONSTRAINT "FK_b1e68d76e9475eefa9babc847e9" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_6067db3728a890890a598670a55" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_target_cell_store" ON "target_cell" ("storeId")`,
  `CREATE UNIQUE INDEX "uq_target_cell" ON "target_cell" ("decompositionId", "storeId", "month")`,
  `CREATE TABLE "target_change" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "before" bigint NOT NULL, "after" bigint NOT NULL, "reason" varchar(500) NOT NULL, "changedById" integer, "changedBy" varchar(64), "changedAt" datetime NOT NULL, CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change" ("decompositionId")`,
  `CREATE TABLE "target_store" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "value" bigint NOT NULL, "locked" boolean NOT NULL DEFAULT (0), "basis" varchar(16) NOT NULL, CONSTRAINT "FK_6aa30348fc7ad5ea520f06098d8" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_fc73203d85c59383a547511e38d" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_target_store_store" ON "target_store" ("storeId")`,
  `CREATE UNIQUE INDEX "uq_target_store" ON "target_store" ("decompositionId", "storeId")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "uq_target_store"`,
  `DROP INDEX "idx_target_store_store"`,
  `DROP TABLE "target_store"`,
  `DROP INDEX "idx_target_change_decomposition"`,
  `DROP TABLE "target_change"`,
  `DROP INDEX "uq_target_cell"`,
  `DROP INDEX "idx_target_cell_store"`,
  `DROP TABLE "target_cell"`,
  `DROP INDEX "idx_target_decomposition_year_metric"`,
  `DROP TABLE "target_decomposition"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "target_decomposition" ("id" SERIAL NOT NULL, "year" integer NOT NULL, "metric" character varying(32) NOT NULL, "total" bigint NOT NULL, "method" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "current" boolean NOT NULL DEFAULT false, "createdBy" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "publishedBy" character varying(64), "publishedAt" TIMESTAMP WITH TIME ZONE, "approvedBy" character varying(64), "approvedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_b7d77ec278facb1c528cde51ebf" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_target_decomposition_year_metric" ON "target_decomposition"  ("year", "metric")`,
  `CREATE TABLE "target_cell" ("id" SERIAL NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "value" bigint NOT NULL, CONSTRAINT "PK_45a52332a9a2f8daff336fee5a0" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_target_cell_store" ON "target_cell"  ("storeId")`,
  `CREATE UNIQUE INDEX "uq_target_cell" ON "target_cell"  ("decompositionId", "storeId", "month")`,
  `CREATE TABLE "target_change" ("id" SERIAL NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "month" integer NOT NULL, "before" bigint NOT NULL, "after" bigint NOT NULL, "reason" character varying(500) NOT NULL, "changedById" integer, "changedBy" character varying(64), "changedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_1c0d4f77d5cd0e7e2cf4d9c3187" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_target_change_decomposition" ON "target_change"  ("decompositionId")`,
  `CREATE TABLE "target_store" ("id" SERIAL NOT NULL, "decompositionId" integer NOT NULL, "storeId" integer NOT NULL, "value" bigint NOT NULL, "locked" boolean NOT NULL DEFAULT false, "basis" character varying(16) NOT NULL, CONSTRAINT "PK_4965a4bb19929cb022b9c51d182" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_target_store_store" ON "target_store"  ("storeId")`,
  `CREATE UNIQUE INDEX "uq_target_store" ON "target_store"  ("decompositionId", "storeId")`,
  `ALTER TABLE "target_cell" ADD CONSTRAINT "FK_b1e68d76e9475eefa9babc847e9" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "target_cell" ADD CONSTRAINT "FK_6067db3728a890890a598670a55" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "target_change" ADD CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "target_store" ADD CONSTRAINT "FK_6aa30348fc7ad5ea520f06098d8" FOREIGN KEY ("decompositionId") REFERENCES "target_decomposition"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "target_store" ADD CONSTRAINT "FK_fc73203d85c59383a547511e38d" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "target_store" DROP CONSTRAINT "FK_fc73203d85c59383a547511e38d"`,
  `ALTER TABLE "target_store" DROP CONSTRAINT "FK_6aa30348fc7ad5ea520f06098d8"`,
  `ALTER TABLE "target_change" DROP CONSTRAINT "FK_a7f52f9d2d2a428227adbe84ab4"`,
  `ALTER TABLE "target_cell" DROP CONSTRAINT "FK_6067db3728a890890a598670a55"`,
  `ALTER TABLE "target_cell" DROP CONSTRAINT "FK_b1e68d76e9475eefa9babc847e9"`,
  `DROP INDEX "public"."uq_target_store"`,
  `DROP INDEX "public"."idx_target_store_store"`,
  `DROP TABLE "target_store"`,
  `DROP INDEX "public"."idx_target_change_decomposition"`,
  `DROP TABLE "target_change"`,
  `DROP INDEX "public"."uq_target_cell"`,
  `DROP INDEX "public"."idx_target_cell_store"`,
  `DROP TABLE "target_cell"`,
  `DROP INDEX "public"."idx_target_decomposition_year_metric"`,
  `DROP TABLE "target_decomposition"`,
];
