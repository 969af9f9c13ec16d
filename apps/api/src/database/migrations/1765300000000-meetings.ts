import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Operations meetings 营运会议 (issue 16 point 4): meeting series with their agenda templates, meetings (attendees,
 * agenda items, minutes, decisions) and their action items (owner, due, status; the series and the meeting's instant
 * kept with each for the carry-over). The two series every chain holds are seeded: the weekly 营运例会 and the
 * monthly 经营分析会. SQL per database as TypeORM generates it.
 */
export class Meetings1765300000000 implements MigrationInterface {
  name = 'Meetings1765300000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    for (const sql of postgres ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
    for (const sql of postgres ? SEED_POSTGRES : SEED_SQLITE) await q.query(sql);
    // The seeded ids were given: the sequence goes on after them.
    if (postgres) await q.query(`SELECT setval(pg_get_serial_sequence('meeting_series', 'id'), (SELECT MAX("id") FROM "meeting_series"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "meeting_series" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(60) NOT NULL, "cadence" varchar(16) NOT NULL, "agendaTemplate" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL)`,
  `CREATE UNIQUE INDEX "uq_meeting_series_code" ON "meeting_series" ("code") `,
  `CREATE TABLE "meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "seriesId" integer NOT NULL, "title" varchar(100) NOT NULL, "heldAt" datetime NOT NULL, "attendeeIds" text NOT NULL, "items" text NOT NULL, "minutes" text NOT NULL, "decisions" text NOT NULL, "version" integer NOT NULL DEFAULT (1), "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_meeting_series" ON "meeting" ("seriesId", "heldAt") `,
  `CREATE TABLE "meeting_action" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "seriesId" integer NOT NULL, "meetingHeldAt" datetime NOT NULL, "title" varchar(200) NOT NULL, "ownerId" integer NOT NULL, "dueAt" datetime NOT NULL, "storeId" integer, "status" varchar(8) NOT NULL DEFAULT ('open'), "doneAt" datetime, "doneBy" varchar(64), "correctiveActionId" integer, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_meeting_action_owner" ON "meeting_action" ("ownerId", "status") `,
  `CREATE INDEX "idx_meeting_action_series" ON "meeting_action" ("seriesId", "status") `,
  `CREATE INDEX "idx_meeting_action_meeting" ON "meeting_action" ("meetingId") `,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_meeting_action_meeting"`,
  `DROP INDEX "idx_meeting_action_series"`,
  `DROP INDEX "idx_meeting_action_owner"`,
  `DROP TABLE "meeting_action"`,
  `DROP INDEX "idx_meeting_series"`,
  `DROP TABLE "meeting"`,
  `DROP INDEX "uq_meeting_series_code"`,
  `DROP TABLE "meeting_series"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "meeting_series" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(60) NOT NULL, "cadence" character varying(16) NOT NULL, "agendaTemplate" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_4eca052972681e25409955b1774" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_meeting_series_code" ON "meeting_series"  ("code") `,
  `CREATE TABLE "meeting" ("id" SERIAL NOT NULL, "seriesId" integer NOT NULL, "title" character varying(100) NOT NULL, "heldAt" TIMESTAMP WITH TIME ZONE NOT NULL, "attendeeIds" text NOT NULL, "items" text NOT NULL, "minutes" text NOT NULL, "decisions" text NOT NULL, "version" integer NOT NULL DEFAULT '1', "createdBy" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_dccaf9e4c0e39067d82ccc7bb83" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_meeting_series" ON "meeting"  ("seriesId", "heldAt") `,
  `CREATE TABLE "meeting_action" ("id" SERIAL NOT NULL, "meetingId" integer NOT NULL, "seriesId" integer NOT NULL, "meetingHeldAt" TIMESTAMP WITH TIME ZONE NOT NULL, "title" character varying(200) NOT NULL, "ownerId" integer NOT NULL, "dueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "storeId" integer, "status" character varying(8) NOT NULL DEFAULT 'open', "doneAt" TIMESTAMP WITH TIME ZONE, "doneBy" character varying(64), "correctiveActionId" integer, "version" integer NOT NULL DEFAULT '1', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_52c80696cd871f6ad7d12f740e2" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_meeting_action_owner" ON "meeting_action"  ("ownerId", "status") `,
  `CREATE INDEX "idx_meeting_action_series" ON "meeting_action"  ("seriesId", "status") `,
  `CREATE INDEX "idx_meeting_action_meeting" ON "meeting_action"  ("meetingId") `,
];

const POSTGRES_DOWN = [
  `DROP INDEX "public"."idx_meeting_action_meeting"`,
  `DROP INDEX "public"."idx_meeting_action_series"`,
  `DROP INDEX "public"."idx_meeting_action_owner"`,
  `DROP TABLE "meeting_action"`,
  `DROP INDEX "public"."idx_meeting_series"`,
  `DROP TABLE "meeting"`,
  `DROP INDEX "public"."uq_meeting_series_code"`,
  `DROP TABLE "meeting_series"`,
];

const SEED_SQLITE = [
  `INSERT INTO "meeting_series" ("id", "code", "name", "cadence", "agendaTemplate", "active", "createdAt") VALUES
    (1, 'weekly_ops', '营运例会', 'weekly', '["本周销售与毛利完成情况", "门店运营问题通报", "顾客投诉与服务质量", "上次会议事项跟进", "下周工作安排"]', 1, '2026-12-01 00:00:00.000'),
    (2, 'monthly_review', '经营分析会', 'monthly', '["月度经营指标分析", "门店排名与末位整改", "商品与供应商问题", "费用与损耗分析", "下月经营计划"]', 1, '2026-12-01 00:00:00.000')`,
];

const SEED_POSTGRES = [
  `INSERT INTO "meeting_series" ("id", "code", "name", "cadence", "agendaTemplate", "active", "createdAt") VALUES
    (1, 'weekly_ops', '营运例会', 'weekly', '["本周销售与毛利完成情况", "门店运营问题通报", "顾客投诉与服务质量", "上次会议事项跟进", "下周工作安排"]', true, '2026-12-01T00:00:00Z'),
    (2, 'monthly_review', '经营分析会', 'monthly', '["月度经营指标分析", "门店排名与末位整改", "商品与供应商问题", "费用与损耗分析", "下月经营计划"]', true, '2026-12-01T00:00:00Z')`,
];
