import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The working calendar (issue 14): the years it knows (work_calendar_year: from the holiday package or replaced by the
 * office) and their exceptions (work_calendar_day: holidays and 调休 working days). The service fills the published
 * years at start, so the migration creates the tables only. SQL per database as TypeORM generates it.
 */
export class WorkCalendar1764800000000 implements MigrationInterface {
  name = 'WorkCalendar1764800000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "work_calendar_day" ("date" varchar(10) PRIMARY KEY NOT NULL, "year" integer NOT NULL, "type" varchar(16) NOT NULL, "name" varchar(50))`,
  `CREATE INDEX "idx_work_calendar_day_year" ON "work_calendar_day" ("year") `,
  `CREATE TABLE "work_calendar_year" ("year" integer PRIMARY KEY NOT NULL, "source" varchar(16) NOT NULL, "updatedBy" varchar(64), "updatedAt" datetime, "version" integer NOT NULL DEFAULT (1))`,
];

const SQLITE_DOWN = [`DROP TABLE "work_calendar_year"`, `DROP INDEX "idx_work_calendar_day_year"`, `DROP TABLE "work_calendar_day"`];

const POSTGRES_UP = [
  `CREATE TABLE "work_calendar_day" ("date" character varying(10) NOT NULL, "year" integer NOT NULL, "type" character varying(16) NOT NULL, "name" character varying(50), CONSTRAINT "PK_0f469d0626b0b0da3943da4cf41" PRIMARY KEY ("date"))`,
  `CREATE INDEX "idx_work_calendar_day_year" ON "work_calendar_day"  ("year") `,
  `CREATE TABLE "work_calendar_year" ("year" integer NOT NULL, "source" character varying(16) NOT NULL, "updatedBy" character varying(64), "updatedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_727d7de60c8ef3b85da449ebf9e" PRIMARY KEY ("year"))`,
];

const POSTGRES_DOWN = [
  `DROP TABLE "work_calendar_year"`,
  `DROP INDEX "public"."idx_work_calendar_day_year"`,
  `DROP TABLE "work_calendar_day"`,
];
