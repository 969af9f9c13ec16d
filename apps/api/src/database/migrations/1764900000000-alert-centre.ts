import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The alert centre (issue 14): snoozes (alert_snooze, one per person and alert), each person's channels
 * (alert_setting), the admin's escalation ladders where they differ from the defaults (alert_escalation), the notices
 * claimed before they are sent (alert_notice, unique per person, topic and channel: what makes a digest go out once
 * however many processes run it), the scheduler's job table (scheduled_job), the chain's working hours
 * (work_calendar_hours, one row) and stores' closure days (store_closure). SQL per database as TypeORM generates it.
 */
export class AlertCentre1764900000000 implements MigrationInterface {
  name = 'AlertCentre1764900000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "alert_snooze" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "key" varchar(120) NOT NULL, "until" datetime NOT NULL, "reason" varchar(200) NOT NULL, "createdAt" datetime NOT NULL)`,
  `CREATE UNIQUE INDEX "uq_alert_snooze_user_key" ON "alert_snooze" ("userId", "key") `,
  `CREATE TABLE "alert_setting" ("userId" integer PRIMARY KEY NOT NULL, "email" varchar(200), "emailEnabled" boolean NOT NULL DEFAULT (1), "wecomEnabled" boolean NOT NULL DEFAULT (1), "digestEnabled" boolean NOT NULL DEFAULT (1))`,
  `CREATE TABLE "alert_escalation" ("kind" varchar(32) PRIMARY KEY NOT NULL, "steps" text NOT NULL, "updatedBy" varchar(64), "updatedAt" datetime)`,
  `CREATE TABLE "alert_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "topic" varchar(160) NOT NULL, "channel" varchar(16) NOT NULL, "body" text NOT NULL, "createdAt" datetime NOT NULL, "sentAt" datetime, "attempts" integer NOT NULL DEFAULT (0), "lastError" varchar(500))`,
  `CREATE UNIQUE INDEX "uq_alert_notice_topic" ON "alert_notice" ("userId", "topic", "channel") `,
  `CREATE TABLE "scheduled_job" ("name" varchar(32) PRIMARY KEY NOT NULL, "nextRunAt" datetime NOT NULL, "lockedBy" varchar(64), "lockedUntil" datetime, "lastRunAt" datetime, "lastResult" varchar(500))`,
  `CREATE TABLE "work_calendar_hours" ("id" integer PRIMARY KEY NOT NULL, "start" varchar(5) NOT NULL, "end" varchar(5) NOT NULL, "lunchStart" varchar(5), "lunchEnd" varchar(5), "version" integer NOT NULL DEFAULT (1), "updatedBy" varchar(64), "updatedAt" datetime)`,
  `CREATE TABLE "store_closure" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "fromDate" varchar(10) NOT NULL, "toDate" varchar(10) NOT NULL, "reason" varchar(200) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_store_closure_store" ON "store_closure" ("storeId") `,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_store_closure_store"`,
  `DROP TABLE "store_closure"`,
  `DROP TABLE "work_calendar_hours"`,
  `DROP TABLE "scheduled_job"`,
  `DROP INDEX "uq_alert_notice_topic"`,
  `DROP TABLE "alert_notice"`,
  `DROP TABLE "alert_escalation"`,
  `DROP TABLE "alert_setting"`,
  `DROP INDEX "uq_alert_snooze_user_key"`,
  `DROP TABLE "alert_snooze"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "alert_snooze" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "key" character varying(120) NOT NULL, "until" TIMESTAMP WITH TIME ZONE NOT NULL, "reason" character varying(200) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_654be956e7f1e7f18b15193a710" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_alert_snooze_user_key" ON "alert_snooze"  ("userId", "key") `,
  `CREATE TABLE "alert_setting" ("userId" integer NOT NULL, "email" character varying(200), "emailEnabled" boolean NOT NULL DEFAULT true, "wecomEnabled" boolean NOT NULL DEFAULT true, "digestEnabled" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_51886143e28f3daac4e150acd5f" PRIMARY KEY ("userId"))`,
  `CREATE TABLE "alert_escalation" ("kind" character varying(32) NOT NULL, "steps" text NOT NULL, "updatedBy" character varying(64), "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_467c0dfa5e8598161c6242b6d5b" PRIMARY KEY ("kind"))`,
  `CREATE TABLE "alert_notice" ("id" SERIAL NOT NULL, "userId" integer NOT NULL, "topic" character varying(160) NOT NULL, "channel" character varying(16) NOT NULL, "body" text NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "sentAt" TIMESTAMP WITH TIME ZONE, "attempts" integer NOT NULL DEFAULT '0', "lastError" character varying(500), CONSTRAINT "PK_ec5d03a9ab044a0012fa51f1040" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_alert_notice_topic" ON "alert_notice"  ("userId", "topic", "channel") `,
  `CREATE TABLE "scheduled_job" ("name" character varying(32) NOT NULL, "nextRunAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lockedBy" character varying(64), "lockedUntil" TIMESTAMP WITH TIME ZONE, "lastRunAt" TIMESTAMP WITH TIME ZONE, "lastResult" character varying(500), CONSTRAINT "PK_e9fa2da896f3bb1da2821312e47" PRIMARY KEY ("name"))`,
  `CREATE TABLE "work_calendar_hours" ("id" integer NOT NULL, "start" character varying(5) NOT NULL, "end" character varying(5) NOT NULL, "lunchStart" character varying(5), "lunchEnd" character varying(5), "version" integer NOT NULL DEFAULT '1', "updatedBy" character varying(64), "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_a4d954fe7484ff15f3688d32a2a" PRIMARY KEY ("id"))`,
  `CREATE TABLE "store_closure" ("id" SERIAL NOT NULL, "storeId" integer NOT NULL, "fromDate" character varying(10) NOT NULL, "toDate" character varying(10) NOT NULL, "reason" character varying(200) NOT NULL, "createdBy" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d6239dc8a6c8a3643eea22d767a" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_store_closure_store" ON "store_closure"  ("storeId") `,
];

const POSTGRES_DOWN = [
  `DROP INDEX "public"."idx_store_closure_store"`,
  `DROP TABLE "store_closure"`,
  `DROP TABLE "work_calendar_hours"`,
  `DROP TABLE "scheduled_job"`,
  `DROP INDEX "public"."uq_alert_notice_topic"`,
  `DROP TABLE "alert_notice"`,
  `DROP TABLE "alert_escalation"`,
  `DROP TABLE "alert_setting"`,
  `DROP INDEX "public"."uq_alert_snooze_user_key"`,
  `DROP TABLE "alert_snooze"`,
];
