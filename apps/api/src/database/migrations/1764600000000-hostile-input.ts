import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Hostile input (issue 11): failed sign-ins in the database (login_throttle), so the throttle holds across API
 * processes and its check and count are one locked step; and the reason an ops manager gives when recording an
 * inspection later than the back-dating window allows (inspection.lateEntryReason). SQL per database, as TypeORM
 * generates it (SQLite rebuilds the inspection table to add the column).
 */
export class HostileInput1764600000000 implements MigrationInterface {
  name = 'HostileInput1764600000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "login_throttle" ("throttleKey" varchar(200) PRIMARY KEY NOT NULL, "failures" integer NOT NULL DEFAULT (0), "windowStartMs" bigint NOT NULL DEFAULT (0), "lastFailureMs" bigint NOT NULL DEFAULT (0), "lockedUntilMs" bigint NOT NULL DEFAULT (0))`,
  `CREATE INDEX "idx_login_throttle_last_failure" ON "login_throttle" ("lastFailureMs")`,
  `DROP INDEX "idx_inspection_store_at"`,
  `DROP INDEX "idx_inspection_at"`,
  `DROP INDEX "idx_inspection_template"`,
  `CREATE TABLE "temporary_inspection" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "categoryId" integer, "templateId" integer NOT NULL, "templateVersion" integer NOT NULL, "inspectorId" integer NOT NULL, "inspectedAt" datetime NOT NULL, "createdAt" datetime NOT NULL, "score" double precision, "stars" integer, "criticalFailed" boolean NOT NULL DEFAULT (0), "earned" integer NOT NULL, "possible" integer NOT NULL, "notes" varchar(2000), "dutyPersonName" varchar(64), "signaturePhotoId" integer, "planItemId" integer, "lateEntryReason" varchar(500), CONSTRAINT "FK_518d3f66e307ced56ef6fc143d6" FOREIGN KEY ("inspectorId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6e9a57fde3ff4cb87f1d97676fb" FOREIGN KEY ("templateId") REFERENCES "inspection_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a046c9ccf3f9f4993a76f24142f" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_inspection"("id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId") SELECT "id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId" FROM "inspection"`,
  `DROP TABLE "inspection"`,
  `ALTER TABLE "temporary_inspection" RENAME TO "inspection"`,
  `CREATE INDEX "idx_inspection_store_at" ON "inspection" ("storeId", "inspectedAt")`,
  `CREATE INDEX "idx_inspection_at" ON "inspection" ("inspectedAt")`,
  `CREATE INDEX "idx_inspection_template" ON "inspection" ("templateId")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_inspection_template"`,
  `DROP INDEX "idx_inspection_at"`,
  `DROP INDEX "idx_inspection_store_at"`,
  `ALTER TABLE "inspection" RENAME TO "temporary_inspection"`,
  `CREATE TABLE "inspection" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "categoryId" integer, "templateId" integer NOT NULL, "templateVersion" integer NOT NULL, "inspectorId" integer NOT NULL, "inspectedAt" datetime NOT NULL, "createdAt" datetime NOT NULL, "score" double precision, "stars" integer, "criticalFailed" boolean NOT NULL DEFAULT (0), "earned" integer NOT NULL, "possible" integer NOT NULL, "notes" varchar(2000), "dutyPersonName" varchar(64), "signaturePhotoId" integer, "planItemId" integer, CONSTRAINT "FK_518d3f66e307ced56ef6fc143d6" FOREIGN KEY ("inspectorId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6e9a57fde3ff4cb87f1d97676fb" FOREIGN KEY ("templateId") REFERENCES "inspection_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a046c9ccf3f9f4993a76f24142f" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "inspection"("id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId") SELECT "id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId" FROM "temporary_inspection"`,
  `DROP TABLE "temporary_inspection"`,
  `CREATE INDEX "idx_inspection_template" ON "inspection" ("templateId")`,
  `CREATE INDEX "idx_inspection_at" ON "inspection" ("inspectedAt")`,
  `CREATE INDEX "idx_inspection_store_at" ON "inspection" ("storeId", "inspectedAt")`,
  `DROP INDEX "idx_login_throttle_last_failure"`,
  `DROP TABLE "login_throttle"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "login_throttle" ("throttleKey" character varying(200) NOT NULL, "failures" integer NOT NULL DEFAULT '0', "windowStartMs" bigint NOT NULL DEFAULT '0', "lastFailureMs" bigint NOT NULL DEFAULT '0', "lockedUntilMs" bigint NOT NULL DEFAULT '0', CONSTRAINT "PK_fdd6049bfc1624b46b53408db15" PRIMARY KEY ("throttleKey"))`,
  `CREATE INDEX "idx_login_throttle_last_failure" ON "login_throttle"  ("lastFailureMs")`,
  `ALTER TABLE "inspection" ADD "lateEntryReason" character varying(500)`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "inspection" DROP COLUMN "lateEntryReason"`,
  `DROP INDEX "public"."idx_login_throttle_last_failure"`,
  `DROP TABLE "login_throttle"`,
];
