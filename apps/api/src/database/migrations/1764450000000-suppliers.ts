import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Suppliers and contracts 供应商/合同: suppliers, contracts with clauses, timeline events, revisions and attachments,
 * licences of suppliers and stores, clause execution checks. SQL per database, as TypeORM generates it.
 */
export class Suppliers1764450000000 implements MigrationInterface {
  name = 'Suppliers1764450000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "supplier" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(100) NOT NULL, "creditCode" varchar(18) NOT NULL, "categoryIds" text NOT NULL, "contacts" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('onboarding'), "statusReason" varchar(500), "statusChangedBy" varchar(64), "statusChangedAt" datetime, "version" integer NOT NULL DEFAULT (1))`,
  `CREATE UNIQUE INDEX "uq_supplier_credit_code" ON "supplier" ("creditCode")`,
  `CREATE UNIQUE INDEX "uq_supplier_code" ON "supplier" ("code")`,
  `CREATE TABLE "contract" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "number" varchar(32) NOT NULL, "supplierId" integer NOT NULL, "kind" varchar(16) NOT NULL, "title" varchar(200) NOT NULL, "startDate" varchar(10) NOT NULL, "endDate" varchar(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('draft'), "revision" integer NOT NULL DEFAULT (1), "returnCount" integer NOT NULL DEFAULT (0), "createdById" integer NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate")`,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId")`,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number")`,
  `CREATE TABLE "contract_clause" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "position" integer NOT NULL, "text" varchar(500) NOT NULL, "commitment" varchar(200) NOT NULL, CONSTRAINT "FK_f1b9d927250a2362ae54d80ce7a" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_contract_clause_contract" ON "contract_clause" ("contractId")`,
  `CREATE TABLE "contract_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "action" varchar(16) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "by" varchar(64) NOT NULL, "byName" varchar(100) NOT NULL, "at" datetime NOT NULL, "comment" varchar(1000), "revision" integer NOT NULL, "checklist" text, CONSTRAINT "FK_f1a725217ccc409de6ffb6f6a87" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_contract_event_contract" ON "contract_event" ("contractId")`,
  `CREATE TABLE "contract_revision" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "revision" integer NOT NULL, "snapshot" text NOT NULL, "submittedBy" varchar(64) NOT NULL, "submittedAt" datetime NOT NULL, CONSTRAINT "FK_6b19c9cf24c1566dab899cb625d" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE UNIQUE INDEX "uq_contract_revision" ON "contract_revision" ("contractId", "revision")`,
  `CREATE TABLE "contract_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storedName" varchar(64) NOT NULL, "mimeType" varchar(32) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime NOT NULL, CONSTRAINT "FK_9556a1e8d392011e2c8c61f71cc" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_contract_attachment_contract" ON "contract_attachment" ("contractId")`,
  `CREATE TABLE "clause_check" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "clauseId" integer NOT NULL, "supplierId" integer NOT NULL, "period" varchar(7) NOT NULL, "result" varchar(16) NOT NULL, "evidence" varchar(500), "note" varchar(1000), "checkedBy" varchar(64) NOT NULL, "checkedAt" datetime NOT NULL, "followUpOwnerId" integer, "followUpStatus" varchar(8), CONSTRAINT "FK_d64bb5dd36c4636a2ec7af3adf7" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_bd4dbae8cd3034d6f46a34fa149" FOREIGN KEY ("clauseId") REFERENCES "contract_clause" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_643fc75aa77189e8ecefdc932f7" FOREIGN KEY ("followUpOwnerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_clause_check_contract" ON "clause_check" ("contractId")`,
  `CREATE UNIQUE INDEX "uq_clause_check_clause_period" ON "clause_check" ("clauseId", "period")`,
  `CREATE TABLE "licence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerKind" varchar(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" varchar(50) NOT NULL, "number" varchar(64) NOT NULL, "validFrom" varchar(10) NOT NULL, "validTo" varchar(10) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId")`,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_licence_valid_to"`,
  `DROP INDEX "idx_licence_supplier"`,
  `DROP TABLE "licence"`,
  `DROP INDEX "uq_clause_check_clause_period"`,
  `DROP INDEX "idx_clause_check_contract"`,
  `DROP TABLE "clause_check"`,
  `DROP INDEX "idx_contract_attachment_contract"`,
  `DROP TABLE "contract_attachment"`,
  `DROP INDEX "uq_contract_revision"`,
  `DROP TABLE "contract_revision"`,
  `DROP INDEX "idx_contract_event_contract"`,
  `DROP TABLE "contract_event"`,
  `DROP INDEX "idx_contract_clause_contract"`,
  `DROP TABLE "contract_clause"`,
  `DROP INDEX "uq_contract_number"`,
  `DROP INDEX "idx_contract_supplier"`,
  `DROP INDEX "idx_contract_status_end"`,
  `DROP TABLE "contract"`,
  `DROP INDEX "uq_supplier_code"`,
  `DROP INDEX "uq_supplier_credit_code"`,
  `DROP TABLE "supplier"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "supplier" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(100) NOT NULL, "creditCode" character varying(18) NOT NULL, "categoryIds" text NOT NULL, "contacts" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'onboarding', "statusReason" character varying(500), "statusChangedBy" character varying(64), "statusChangedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_2bc0d2cab6276144d2ff98a2828" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_supplier_credit_code" ON "supplier" ("creditCode")`,
  `CREATE UNIQUE INDEX "uq_supplier_code" ON "supplier" ("code")`,
  `CREATE TABLE "contract" ("id" SERIAL NOT NULL, "number" character varying(32) NOT NULL, "supplierId" integer NOT NULL, "kind" character varying(16) NOT NULL, "title" character varying(200) NOT NULL, "startDate" character varying(10) NOT NULL, "endDate" character varying(10) NOT NULL, "paymentDays" integer NOT NULL, "rebateRate" double precision NOT NULL, "storeIds" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'draft', "revision" integer NOT NULL DEFAULT '1', "returnCount" integer NOT NULL DEFAULT '0', "createdById" integer NOT NULL, "createdBy" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_17c3a89f58a2997276084e706e8" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_contract_status_end" ON "contract" ("status", "endDate")`,
  `CREATE INDEX "idx_contract_supplier" ON "contract" ("supplierId")`,
  `CREATE UNIQUE INDEX "uq_contract_number" ON "contract" ("number")`,
  `CREATE TABLE "contract_clause" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "position" integer NOT NULL, "text" character varying(500) NOT NULL, "commitment" character varying(200) NOT NULL, CONSTRAINT "PK_8afd1b8584665dfbb879c6dcd38" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_contract_clause_contract" ON "contract_clause" ("contractId")`,
  `CREATE TABLE "contract_event" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "action" character varying(16) NOT NULL, "fromStatus" character varying(16), "toStatus" character varying(16) NOT NULL, "by" character varying(64) NOT NULL, "byName" character varying(100) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "comment" character varying(1000), "revision" integer NOT NULL, "checklist" text, CONSTRAINT "PK_a0a0fdb2918e838e546c3b5fd01" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_contract_event_contract" ON "contract_event" ("contractId")`,
  `CREATE TABLE "contract_revision" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "revision" integer NOT NULL, "snapshot" text NOT NULL, "submittedBy" character varying(64) NOT NULL, "submittedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_74c3728adb483c177f85921bf6e" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_contract_revision" ON "contract_revision" ("contractId", "revision")`,
  `CREATE TABLE "contract_attachment" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "fileName" character varying(200) NOT NULL, "storedName" character varying(64) NOT NULL, "mimeType" character varying(32) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" character varying(64) NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_d34cba636becbf6419893b523d2" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_contract_attachment_contract" ON "contract_attachment" ("contractId")`,
  `CREATE TABLE "clause_check" ("id" SERIAL NOT NULL, "contractId" integer NOT NULL, "clauseId" integer NOT NULL, "supplierId" integer NOT NULL, "period" character varying(7) NOT NULL, "result" character varying(16) NOT NULL, "evidence" character varying(500), "note" character varying(1000), "checkedBy" character varying(64) NOT NULL, "checkedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "followUpOwnerId" integer, "followUpStatus" character varying(8), CONSTRAINT "PK_edfe2d3168aa2b1df673da1dad2" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_clause_check_contract" ON "clause_check" ("contractId")`,
  `CREATE UNIQUE INDEX "uq_clause_check_clause_period" ON "clause_check" ("clauseId", "period")`,
  `CREATE TABLE "licence" ("id" SERIAL NOT NULL, "ownerKind" character varying(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" character varying(50) NOT NULL, "number" character varying(64) NOT NULL, "validFrom" character varying(10) NOT NULL, "validTo" character varying(10) NOT NULL, "createdBy" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_3b4f2cda4a38b8026e4c700844c" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId")`,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo")`,
  `ALTER TABLE "contract" ADD CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244" FOREIGN KEY ("supplierId") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "contract" ADD CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e" FOREIGN KEY ("createdById") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "contract_clause" ADD CONSTRAINT "FK_f1b9d927250a2362ae54d80ce7a" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "contract_event" ADD CONSTRAINT "FK_f1a725217ccc409de6ffb6f6a87" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "contract_revision" ADD CONSTRAINT "FK_6b19c9cf24c1566dab899cb625d" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "contract_attachment" ADD CONSTRAINT "FK_9556a1e8d392011e2c8c61f71cc" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "clause_check" ADD CONSTRAINT "FK_d64bb5dd36c4636a2ec7af3adf7" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "clause_check" ADD CONSTRAINT "FK_bd4dbae8cd3034d6f46a34fa149" FOREIGN KEY ("clauseId") REFERENCES "contract_clause"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "clause_check" ADD CONSTRAINT "FK_643fc75aa77189e8ecefdc932f7" FOREIGN KEY ("followUpOwnerId") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "licence" ADD CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "licence" ADD CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "licence" DROP CONSTRAINT "FK_2776365f821591cae27ae4fbbba"`,
  `ALTER TABLE "licence" DROP CONSTRAINT "FK_f72f8e60344ab200701d6e400ea"`,
  `ALTER TABLE "clause_check" DROP CONSTRAINT "FK_643fc75aa77189e8ecefdc932f7"`,
  `ALTER TABLE "clause_check" DROP CONSTRAINT "FK_bd4dbae8cd3034d6f46a34fa149"`,
  `ALTER TABLE "clause_check" DROP CONSTRAINT "FK_d64bb5dd36c4636a2ec7af3adf7"`,
  `ALTER TABLE "contract_attachment" DROP CONSTRAINT "FK_9556a1e8d392011e2c8c61f71cc"`,
  `ALTER TABLE "contract_revision" DROP CONSTRAINT "FK_6b19c9cf24c1566dab899cb625d"`,
  `ALTER TABLE "contract_event" DROP CONSTRAINT "FK_f1a725217ccc409de6ffb6f6a87"`,
  `ALTER TABLE "contract_clause" DROP CONSTRAINT "FK_f1b9d927250a2362ae54d80ce7a"`,
  `ALTER TABLE "contract" DROP CONSTRAINT "FK_ed76b35935efdb3a095faec8c0e"`,
  `ALTER TABLE "contract" DROP CONSTRAINT "FK_5f9aba86ffb85928d9bda6e9244"`,
  `DROP INDEX "public"."idx_licence_valid_to"`,
  `DROP INDEX "public"."idx_licence_supplier"`,
  `DROP TABLE "licence"`,
  `DROP INDEX "public"."uq_clause_check_clause_period"`,
  `DROP INDEX "public"."idx_clause_check_contract"`,
  `DROP TABLE "clause_check"`,
  `DROP INDEX "public"."idx_contract_attachment_contract"`,
  `DROP TABLE "contract_attachment"`,
  `DROP INDEX "public"."uq_contract_revision"`,
  `DROP TABLE "contract_revision"`,
  `DROP INDEX "public"."idx_contract_event_contract"`,
  `DROP TABLE "contract_event"`,
  `DROP INDEX "public"."idx_contract_clause_contract"`,
  `DROP TABLE "contract_clause"`,
  `DROP INDEX "public"."uq_contract_number"`,
  `DROP INDEX "public"."idx_contract_supplier"`,
  `DROP INDEX "public"."idx_contract_status_end"`,
  `DROP TABLE "contract"`,
  `DROP INDEX "public"."uq_supplier_code"`,
  `DROP INDEX "public"."uq_supplier_credit_code"`,
  `DROP TABLE "supplier"`,
];
