import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Licence scans and closing clause-check follow-ups: the scanned file of a licence 证照 (name, stored name, type,
 * size, who uploaded it and when), and who closed a breach's follow-up, when and with what note. SQL per database,
 * as TypeORM generates it (SQLite rebuilds both tables to add the columns).
 */
export class LicenceFiles1764500000000 implements MigrationInterface {
  name = 'LicenceFiles1764500000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `DROP INDEX "uq_clause_check_clause_period"`,
  `DROP INDEX "idx_clause_check_contract"`,
  `CREATE TABLE "temporary_clause_check" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "clauseId" integer NOT NULL, "supplierId" integer NOT NULL, "period" varchar(7) NOT NULL, "result" varchar(16) NOT NULL, "evidence" varchar(500), "note" varchar(1000), "checkedBy" varchar(64) NOT NULL, "checkedAt" datetime NOT NULL, "followUpOwnerId" integer, "followUpStatus" varchar(8), "followUpClosedBy" varchar(64), "followUpClosedAt" datetime, "followUpCloseNote" varchar(1000), CONSTRAINT "FK_643fc75aa77189e8ecefdc932f7" FOREIGN KEY ("followUpOwnerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_bd4dbae8cd3034d6f46a34fa149" FOREIGN KEY ("clauseId") REFERENCES "contract_clause" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d64bb5dd36c4636a2ec7af3adf7" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_clause_check"("id", "contractId", "clauseId", "supplierId", "period", "result", "evidence", "note", "checkedBy", "checkedAt", "followUpOwnerId", "followUpStatus") SELECT "id", "contractId", "clauseId", "supplierId", "period", "result", "evidence", "note", "checkedBy", "checkedAt", "followUpOwnerId", "followUpStatus" FROM "clause_check"`,
  `DROP TABLE "clause_check"`,
  `ALTER TABLE "temporary_clause_check" RENAME TO "clause_check"`,
  `CREATE UNIQUE INDEX "uq_clause_check_clause_period" ON "clause_check" ("clauseId", "period")`,
  `CREATE INDEX "idx_clause_check_contract" ON "clause_check" ("contractId")`,
  `DROP INDEX "idx_licence_valid_to"`,
  `DROP INDEX "idx_licence_supplier"`,
  `CREATE TABLE "temporary_licence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerKind" varchar(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" varchar(50) NOT NULL, "number" varchar(64) NOT NULL, "validFrom" varchar(10) NOT NULL, "validTo" varchar(10) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, "fileName" varchar(200), "fileStoredName" varchar(64), "fileMimeType" varchar(32), "fileBytes" integer, "fileUploadedBy" varchar(64), "fileUploadedAt" datetime, CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "temporary_licence"("id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt") SELECT "id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt" FROM "licence"`,
  `DROP TABLE "licence"`,
  `ALTER TABLE "temporary_licence" RENAME TO "licence"`,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo")`,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId")`,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_licence_supplier"`,
  `DROP INDEX "idx_licence_valid_to"`,
  `ALTER TABLE "licence" RENAME TO "temporary_licence"`,
  `CREATE TABLE "licence" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "ownerKind" varchar(16) NOT NULL, "supplierId" integer, "storeId" integer, "type" varchar(50) NOT NULL, "number" varchar(64) NOT NULL, "validFrom" varchar(10) NOT NULL, "validTo" varchar(10) NOT NULL, "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL, CONSTRAINT "FK_2776365f821591cae27ae4fbbba" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_f72f8e60344ab200701d6e400ea" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "licence"("id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt") SELECT "id", "ownerKind", "supplierId", "storeId", "type", "number", "validFrom", "validTo", "createdBy", "createdAt" FROM "temporary_licence"`,
  `DROP TABLE "temporary_licence"`,
  `CREATE INDEX "idx_licence_supplier" ON "licence" ("supplierId")`,
  `CREATE INDEX "idx_licence_valid_to" ON "licence" ("validTo")`,
  `DROP INDEX "idx_clause_check_contract"`,
  `DROP INDEX "uq_clause_check_clause_period"`,
  `ALTER TABLE "clause_check" RENAME TO "temporary_clause_check"`,
  `CREATE TABLE "clause_check" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "contractId" integer NOT NULL, "clauseId" integer NOT NULL, "supplierId" integer NOT NULL, "period" varchar(7) NOT NULL, "result" varchar(16) NOT NULL, "evidence" varchar(500), "note" varchar(1000), "checkedBy" varchar(64) NOT NULL, "checkedAt" datetime NOT NULL, "followUpOwnerId" integer, "followUpStatus" varchar(8), CONSTRAINT "FK_643fc75aa77189e8ecefdc932f7" FOREIGN KEY ("followUpOwnerId") REFERENCES "app_user" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_bd4dbae8cd3034d6f46a34fa149" FOREIGN KEY ("clauseId") REFERENCES "contract_clause" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d64bb5dd36c4636a2ec7af3adf7" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `INSERT INTO "clause_check"("id", "contractId", "clauseId", "supplierId", "period", "result", "evidence", "note", "checkedBy", "checkedAt", "followUpOwnerId", "followUpStatus") SELECT "id", "contractId", "clauseId", "supplierId", "period", "result", "evidence", "note", "checkedBy", "checkedAt", "followUpOwnerId", "followUpStatus" FROM "temporary_clause_check"`,
  `DROP TABLE "temporary_clause_check"`,
  `CREATE INDEX "idx_clause_check_contract" ON "clause_check" ("contractId")`,
  `CREATE UNIQUE INDEX "uq_clause_check_clause_period" ON "clause_check" ("clauseId", "period")`,
];

const POSTGRES_UP = [
  `ALTER TABLE "clause_check" ADD "followUpClosedBy" character varying(64)`,
  `ALTER TABLE "clause_check" ADD "followUpClosedAt" TIMESTAMP WITH TIME ZONE`,
  `ALTER TABLE "clause_check" ADD "followUpCloseNote" character varying(1000)`,
  `ALTER TABLE "licence" ADD "fileName" character varying(200)`,
  `ALTER TABLE "licence" ADD "fileStoredName" character varying(64)`,
  `ALTER TABLE "licence" ADD "fileMimeType" character varying(32)`,
  `ALTER TABLE "licence" ADD "fileBytes" integer`,
  `ALTER TABLE "licence" ADD "fileUploadedBy" character varying(64)`,
  `ALTER TABLE "licence" ADD "fileUploadedAt" TIMESTAMP WITH TIME ZONE`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "licence" DROP COLUMN "fileUploadedAt"`,
  `ALTER TABLE "licence" DROP COLUMN "fileUploadedBy"`,
  `ALTER TABLE "licence" DROP COLUMN "fileBytes"`,
  `ALTER TABLE "licence" DROP COLUMN "fileMimeType"`,
  `ALTER TABLE "licence" DROP COLUMN "fileStoredName"`,
  `ALTER TABLE "licence" DROP COLUMN "fileName"`,
  `ALTER TABLE "clause_check" DROP COLUMN "followUpCloseNote"`,
  `ALTER TABLE "clause_check" DROP COLUMN "followUpClosedAt"`,
  `ALTER TABLE "clause_check" DROP COLUMN "followUpClosedBy"`,
];
