import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rankings and performance assessment: scorecard schemes (考评方案), and an index on corrective actions' due time
 * (the on-time component reads the actions due in a period). SQL per database, as TypeORM generates it.
 */
export class Rankings1764400000000 implements MigrationInterface {
  name = 'Rankings1764400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "scorecard_scheme" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(100) NOT NULL, "schemeVersion" integer NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "inForce" boolean NOT NULL DEFAULT (0), "missingRule" varchar(16) NOT NULL, "components" text NOT NULL, "description" varchar(500), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "approvedBy" varchar(64), "approvedAt" datetime, "version" integer NOT NULL DEFAULT (1))`,
  `CREATE UNIQUE INDEX "uq_scorecard_scheme_name_version" ON "scorecard_scheme" ("name", "schemeVersion")`,
  `CREATE INDEX "idx_corrective_action_due" ON "corrective_action" ("dueAt")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_corrective_action_due"`,
  `DROP INDEX "uq_scorecard_scheme_name_version"`,
  `DROP TABLE "scorecard_scheme"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "scorecard_scheme" ("id" SERIAL NOT NULL, "name" character varying(100) NOT NULL, "schemeVersion" integer NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "inForce" boolean NOT NULL DEFAULT false, "missingRule" character varying(16) NOT NULL, "components" text NOT NULL, "description" character varying(500), "createdBy" character varying(64), "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "approvedBy" character varying(64), "approvedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_328a1c5405bc37977911b2ff338" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_scorecard_scheme_name_version" ON "scorecard_scheme" ("name", "schemeVersion")`,
  `CREATE INDEX "idx_corrective_action_due" ON "corrective_action" ("dueAt")`,
];

const POSTGRES_DOWN = [
  `DROP INDEX "public"."idx_corrective_action_due"`,
  `DROP INDEX "public"."uq_scorecard_scheme_name_version"`,
  `DROP TABLE "scorecard_scheme"`,
];
