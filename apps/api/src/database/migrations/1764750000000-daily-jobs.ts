import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each role's daily job, finished (issue 12, part B): templates say whether the on-duty person's signature and name
 * are required (inspection_template.requireSignature / requireDutyPerson, default true); an inspection records the
 * plan period it closes (inspection.planPeriodStart); plans carry a version for 改派; contracts carry 合同金额
 * (amount, 分), what they cover (storeScope all / region / stores, regionId) and their signing (signedAt,
 * signatory, scanAttachmentId); licences keep their renewals (replacedById, replacedAt, replacedBy, replacesId).
 * SQL per database as TypeORM generates it (SQLite rebuilds each table; foreign keys are off while migrations run).
 */
export class DailyJobs1764750000000 implements MigrationInterface {
  name = 'DailyJobs1764750000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `DROP INDEX "uq_inspection_template_code_version"`,
  `CREATE TABLE "temporary_inspection_template" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "version" integer NOT NULL, "categoryId" integer, "criticalCap" double precision NOT NULL, "starThresholds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "requireSignature" boolean NOT NULL DEFAULT (1), "requireDutyPerson" boolean NOT NULL DEFAULT (1), CONSTRAINT "FK_abcc12e0e809380302ca5c0f321" FOREIGN KEY ("categoryId") REFERENCES "category" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_inspection_template"("id", "code", "name", "version", "categoryId", "criticalCap", "starThresholds", "active", "createdBy", "createdAt") SELECT "id", "code", "name", "version", "categoryId", "criticalCap", "starThresholds", "active", "createdBy", "createdAt" FROM "inspection_template"`,
  `DROP TABLE "inspection_template"`,
  `ALTER TABLE "temporary_inspection_template" RENAME TO "inspection_template"`,
  `CREATE UNIQUE INDEX "uq_inspection_template_code_version" ON "inspection_template" ("code", "version") `,
  `DROP INDEX "idx_inspection_template"`,
  `DROP INDEX "idx_inspection_at"`,
  `DROP INDEX "idx_inspection_store_at"`,
  `CREATE TABLE "temporary_inspection" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "categoryId" integer, "templateId" integer NOT NULL, "templateVersion" integer NOT NULL, "inspectorId" integer NOT NULL, "inspectedAt" datetime NOT NULL, "createdAt" datetime NOT NULL, "score" double precision, "stars" integer, "criticalFailed" boolean NOT NULL DEFAULT (0), "earned" integer NOT NULL, "possible" integer NOT NULL, "notes" varchar(2000), "dutyPersonName" varchar(64), "signaturePhotoId" integer, "planItemId" integer, "lateEntryReason" varchar(500), "planPeriodStart" varchar(10), CONSTRAINT "FK_a046c9ccf3f9f4993a76f24142f" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6e9a57fde3ff4cb87f1d97676fb" FOREIGN KEY ("templateId") REFERENCES "inspection_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_518d3f66e307ced56ef6fc143d6" FOREIGN KEY ("inspectorId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_inspection"("id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId", "lateEntryReason") SELECT "id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId", "lateEntryReason" FROM "inspection"`,
  `DROP TABLE "inspection"`,
  `ALTER TABLE "temporary_inspection" RENAME TO "inspection"`,
  `CREATE INDEX "idx_inspection_template" ON "inspection" ("templateId") `,
  `CREATE INDEX "idx_inspection_at" ON "inspection" ("inspectedAt") `,
  `CREATE INDEX "idx_inspection_store_at" ON "inspection" ("storeId", "inspectedAt") `,
  `DROP INDEX "idx_inspection_plan_specialist"`,
  `CREATE TABLE "temporary_inspection_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "specialistId" integer NOT NULL, "categoryId" integer, "frequency" varchar(16) NOT NULL, "storeIds" text, "active" boolean NOT NULL DEFAULT (1), "createdBy" varchar(64), "createdAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_5fba08dafe8ddf08bde924a2171" FOREIGN KEY ("specialistId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_inspection_plan"("id", "specialistId", "categoryId", "frequency", "storeIds", "active", "createdBy", "createdAt") SELECT "id", "specialistId", "categoryId", "frequency", "storeIds", "active", "createdBy", "createdAt" FROM "inspection_plan"`,
  `DROP TABLE "inspection_plan"`,
  `ALTER TABLE "temporary_inspection_plan" RENAME TO "inspection_plan"`,
  `CREATE INDEX "idx_inspection_plan_specialist" ON "inspection_plan" ("specialistId") `,
  `DROP INDEX "uq_contract_number"`,
  `DROP INDEX "idx_contract_supplier"`,
  `DROP INDEX "idx_contract_status_end"`,
  `CREATE TABLE "temporary_contract" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(32) NOT NULL, "supplierId" integer NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "revision" integer NOT NULL DEFAULT (1), "returnCount" integer NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), "amount" bigint, "storeScope" varchar(16) NOT NULL DEFAULT ('stores'), "regionId" integer, "signedAt" varchar(10), "signatory" varchar(100), "scanAttachmentId" integer, CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_contract"("id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version") SELECT "id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version" FROM "contract"`,
  `DROP TABLE "contract"`,
  `ALTER TABLE "temporary_contract" RENAME TO "contract"`,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number") `,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId") `,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate") `,
  `DROP INDEX "idx_licence_supplier"`,
  `DROP INDEX "idx_licence_valid_to"`,
  `CREATE TABLE "temporary_licence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerKind" varchar(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" varchar(50) NOT NULL, "number" varchar(64) NOT NULL, "validFrom" varchar(10) NOT NULL, "validTo" varchar(10) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "fileName" varchar(200), "fileStoredName" varchar(64), "fileMimeType" varchar(32), "fileBytes" integer, "fileUploadedBy" varchar(64), "fileUploadedAt" datetime, "replacedById" integer, "replacedAt" datetime, "replacedBy" varchar(64), "replacesId" integer, CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_licence"("id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt", "fileName", "fileStoredName", "fileMimeType", "fileBytes", "fileUploadedBy", "fileUploadedAt") SELECT "id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt", "fileName", "fileStoredName", "fileMimeType", "fileBytes", "fileUploadedBy", "fileUploadedAt" FROM "licence"`,
  `DROP TABLE "licence"`,
  `ALTER TABLE "temporary_licence" RENAME TO "licence"`,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId") `,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo") `,
  `DROP INDEX "uq_contract_number"`,
  `DROP INDEX "idx_contract_supplier"`,
  `DROP INDEX "idx_contract_status_end"`,
  `CREATE TABLE "temporary_contract" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(32) NOT NULL, "supplierId" integer NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "revision" integer NOT NULL DEFAULT (1), "returnCount" integer NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), "amount" bigint, "storeScope" varchar(16) NOT NULL DEFAULT ('stores'), "regionId" integer, "signedAt" varchar(10), "signatory" varchar(100), "scanAttachmentId" integer, CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6aba8b423f6fc57a541892e9446" FOREIGN KEY ("regionId") REFERENCES "region" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_contract"("id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version", "amount", "storeScope", "regionId", "signedAt", "signatory", "scanAttachmentId") SELECT "id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version", "amount", "storeScope", "regionId", "signedAt", "signatory", "scanAttachmentId" FROM "contract"`,
  `DROP TABLE "contract"`,
  `ALTER TABLE "temporary_contract" RENAME TO "contract"`,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number") `,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId") `,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate") `,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_contract_status_end"`,
  `DROP INDEX "idx_contract_supplier"`,
  `DROP INDEX "uq_contract_number"`,
  `ALTER TABLE "contract" RENAME TO "temporary_contract"`,
  `CREATE TABLE "contract" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(32) NOT NULL, "supplierId" integer NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "revision" integer NOT NULL DEFAULT (1), "returnCount" integer NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), "amount" bigint, "storeScope" varchar(16) NOT NULL DEFAULT ('stores'), "regionId" integer, "signedAt" varchar(10), "signatory" varchar(100), "scanAttachmentId" integer, CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "contract"("id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version", "amount", "storeScope", "regionId", "signedAt", "signatory", "scanAttachmentId") SELECT "id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version", "amount", "storeScope", "regionId", "signedAt", "signatory", "scanAttachmentId" FROM "temporary_contract"`,
  `DROP TABLE "temporary_contract"`,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate") `,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId") `,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number") `,
  `DROP INDEX "idx_licence_valid_to"`,
  `DROP INDEX "idx_licence_supplier"`,
  `ALTER TABLE "licence" RENAME TO "temporary_licence"`,
  `CREATE TABLE "licence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerKind" varchar(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" varchar(50) NOT NULL, "number" varchar(64) NOT NULL, "validFrom" varchar(10) NOT NULL, "validTo" varchar(10) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "fileName" varchar(200), "fileStoredName" varchar(64), "fileMimeType" varchar(32), "fileBytes" integer, "fileUploadedBy" varchar(64), "fileUploadedAt" datetime, CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "licence"("id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt", "fileName", "fileStoredName", "fileMimeType", "fileBytes", "fileUploadedBy", "fileUploadedAt") SELECT "id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt", "fileName", "fileStoredName", "fileMimeType", "fileBytes", "fileUploadedBy", "fileUploadedAt" FROM "temporary_licence"`,
  `DROP TABLE "temporary_licence"`,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo") `,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId") `,
  `DROP INDEX "idx_contract_status_end"`,
  `DROP INDEX "idx_contract_supplier"`,
  `DROP INDEX "uq_contract_number"`,
  `ALTER TABLE "contract" RENAME TO "temporary_contract"`,
  `CREATE TABLE "contract" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(32) NOT NULL, "supplierId" integer NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "revision" integer NOT NULL DEFAULT (1), "returnCount" integer NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "contract"("id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version") SELECT "id", "number", "supplierId", "kind", "title", "startDate", "endDate", "paymentDays", "rebateRate", "storeIds", "status", "revision", "returnCount", "createdById", "createdBy", "createdAt", "updatedAt", "version" FROM "temporary_contract"`,
  `DROP TABLE "temporary_contract"`,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate") `,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId") `,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number") `,
  `DROP INDEX "idx_inspection_plan_specialist"`,
  `ALTER TABLE "inspection_plan" RENAME TO "temporary_inspection_plan"`,
  `CREATE TABLE "inspection_plan" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "specialistId" integer NOT NULL, "categoryId" integer, "frequency" varchar(16) NOT NULL, "storeIds" text, "active" boolean NOT NULL DEFAULT (1), "createdBy" varchar(64), "createdAt" datetime NOT NULL, CONSTRAINT "FK_5fba08dafe8ddf08bde924a2171" FOREIGN KEY ("specialistId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "inspection_plan"("id", "specialistId", "categoryId", "frequency", "storeIds", "active", "createdBy", "createdAt") SELECT "id", "specialistId", "categoryId", "frequency", "storeIds", "active", "createdBy", "createdAt" FROM "temporary_inspection_plan"`,
  `DROP TABLE "temporary_inspection_plan"`,
  `CREATE INDEX "idx_inspection_plan_specialist" ON "inspection_plan" ("specialistId") `,
  `DROP INDEX "idx_inspection_store_at"`,
  `DROP INDEX "idx_inspection_at"`,
  `DROP INDEX "idx_inspection_template"`,
  `ALTER TABLE "inspection" RENAME TO "temporary_inspection"`,
  `CREATE TABLE "inspection" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "storeId" integer NOT NULL, "categoryId" integer, "templateId" integer NOT NULL, "templateVersion" integer NOT NULL, "inspectorId" integer NOT NULL, "inspectedAt" datetime NOT NULL, "createdAt" datetime NOT NULL, "score" double precision, "stars" integer, "criticalFailed" boolean NOT NULL DEFAULT (0), "earned" integer NOT NULL, "possible" integer NOT NULL, "notes" varchar(2000), "dutyPersonName" varchar(64), "signaturePhotoId" integer, "planItemId" integer, "lateEntryReason" varchar(500), CONSTRAINT "FK_a046c9ccf3f9f4993a76f24142f" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_6e9a57fde3ff4cb87f1d97676fb" FOREIGN KEY ("templateId") REFERENCES "inspection_template" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_518d3f66e307ced56ef6fc143d6" FOREIGN KEY ("inspectorId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "inspection"("id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId", "lateEntryReason") SELECT "id", "storeId", "categoryId", "templateId", "templateVersion", "inspectorId", "inspectedAt", "createdAt", "score", "stars", "criticalFailed", "earned", "possible", "notes", "dutyPersonName", "signaturePhotoId", "planItemId", "lateEntryReason" FROM "temporary_inspection"`,
  `DROP TABLE "temporary_inspection"`,
  `CREATE INDEX "idx_inspection_store_at" ON "inspection" ("storeId", "inspectedAt") `,
  `CREATE INDEX "idx_inspection_at" ON "inspection" ("inspectedAt") `,
  `CREATE INDEX "idx_inspection_template" ON "inspection" ("templateId") `,
  `DROP INDEX "uq_inspection_template_code_version"`,
  `ALTER TABLE "inspection_template" RENAME TO "temporary_inspection_template"`,
  `CREATE TABLE "inspection_template" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "version" integer NOT NULL, "categoryId" integer, "criticalCap" double precision NOT NULL, "starThresholds" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "createdBy" varchar(64), "createdAt" datetime NOT NULL, CONSTRAINT "FK_abcc12e0e809380302ca5c0f321" FOREIGN KEY ("categoryId") REFERENCES "category" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `INSERT INTO "inspection_template"("id", "code", "name", "version", "categoryId", "criticalCap", "starThresholds", "active", "createdBy", "createdAt") SELECT "id", "code", "name", "version", "categoryId", "criticalCap", "starThresholds", "active", "createdBy", "createdAt" FROM "temporary_inspection_template"`,
  `DROP TABLE "temporary_inspection_template"`,
  `CREATE UNIQUE INDEX "uq_inspection_template_code_version" ON "inspection_template" ("code", "version") `,
];

const POSTGRES_UP = [
  `ALTER TABLE "inspection_template" ADD "requireSignature" boolean NOT NULL DEFAULT true`,
  `ALTER TABLE "inspection_template" ADD "requireDutyPerson" boolean NOT NULL DEFAULT true`,
  `ALTER TABLE "inspection" ADD "planPeriodStart" character varying(10)`,
  `ALTER TABLE "inspection_plan" ADD "version" integer NOT NULL DEFAULT '1'`,
  `ALTER TABLE "contract" ADD "amount" bigint`,
  `ALTER TABLE "contract" ADD "storeScope" character varying(16) NOT NULL DEFAULT 'stores'`,
  `ALTER TABLE "contract" ADD "regionId" integer`,
  `ALTER TABLE "contract" ADD "signedAt" character varying(10)`,
  `ALTER TABLE "contract" ADD "signatory" character varying(100)`,
  `ALTER TABLE "contract" ADD "scanAttachmentId" integer`,
  `ALTER TABLE "licence" ADD "replacedById" integer`,
  `ALTER TABLE "licence" ADD "replacedAt" TIMESTAMP WITH TIME ZONE`,
  `ALTER TABLE "licence" ADD "replacedBy" character varying(64)`,
  `ALTER TABLE "licence" ADD "replacesId" integer`,
  `ALTER TABLE "contract" ADD CONSTRAINT "FK_6aba8b423f6fc57a541892e9446" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "contract" DROP CONSTRAINT "FK_6aba8b423f6fc57a541892e9446"`,
  `ALTER TABLE "licence" DROP COLUMN "replacesId"`,
  `ALTER TABLE "licence" DROP COLUMN "replacedBy"`,
  `ALTER TABLE "licence" DROP COLUMN "replacedAt"`,
  `ALTER TABLE "licence" DROP COLUMN "replacedById"`,
  `ALTER TABLE "contract" DROP COLUMN "scanAttachmentId"`,
  `ALTER TABLE "contract" DROP COLUMN "signatory"`,
  `ALTER TABLE "contract" DROP COLUMN "signedAt"`,
  `ALTER TABLE "contract" DROP COLUMN "regionId"`,
  `ALTER TABLE "contract" DROP COLUMN "storeScope"`,
  `ALTER TABLE "contract" DROP COLUMN "amount"`,
  `ALTER TABLE "inspection_plan" DROP COLUMN "version"`,
  `ALTER TABLE "inspection" DROP COLUMN "planPeriodStart"`,
  `ALTER TABLE "inspection_template" DROP COLUMN "requireDutyPerson"`,
  `ALTER TABLE "inspection_template" DROP COLUMN "requireSignature"`,
];
