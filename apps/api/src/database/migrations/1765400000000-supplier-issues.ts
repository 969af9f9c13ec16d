import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Supplier issues 供应商问题 (issue 16, point 5): the issue with its deadlines (response, and fix from the contract's
 * clause or the office's default), its timeline (supplier_issue_event), and the office's settings (one row). SQL per
 * database as TypeORM generates it.
 */
export class SupplierIssues1765400000000 implements MigrationInterface {
  name = 'SupplierIssues1765400000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "supplier_issue" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "supplierId" integer NOT NULL, "contractId" integer, "storeId" integer, "kind" varchar(16) NOT NULL, "description" varchar(2000) NOT NULL, "sourceKind" varchar(16) NOT NULL, "sourceId" integer, "status" varchar(16) NOT NULL, "raisedBy" varchar(64) NOT NULL, "raisedByRole" varchar(16) NOT NULL, "raisedAt" datetime NOT NULL, "round" integer NOT NULL DEFAULT (1), "responseDueAt" datetime NOT NULL, "responseStartedAt" datetime NOT NULL, "respondedAt" datetime, "fixStartedAt" datetime NOT NULL, "fixDueAt" datetime NOT NULL, "fixDays" integer NOT NULL, "fixClauseId" integer, "fixedAt" datetime, "verifiedAt" datetime, "escalatedAt" datetime, "firstResponseDueAt" datetime NOT NULL, "firstRespondedAt" datetime, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "FK_7409626604588faaf14d94eca73" FOREIGN KEY ("supplierId") REFERENCES "supplier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_f3efc2740abf764d76639d61e1a" FOREIGN KEY ("contractId") REFERENCES "contract" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_574ca71ddbfc5ee2223147f2085" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_c37eae805db9090be5d55572f1a" FOREIGN KEY ("fixClauseId") REFERENCES "contract_clause" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_supplier_issue_status" ON "supplier_issue" ("status") `,
  `CREATE INDEX "idx_supplier_issue_supplier" ON "supplier_issue" ("supplierId", "raisedAt") `,
  `CREATE TABLE "supplier_issue_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "issueId" integer NOT NULL, "action" varchar(16) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "by" varchar(64) NOT NULL, "at" datetime NOT NULL, "note" varchar(1000), CONSTRAINT "FK_e8617431f8c4819bd71991878ad" FOREIGN KEY ("issueId") REFERENCES "supplier_issue" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE INDEX "idx_supplier_issue_event_issue" ON "supplier_issue_event" ("issueId") `,
  `CREATE TABLE "supplier_issue_settings" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "responseWorkingDays" integer NOT NULL, "fixWorkingDays" integer NOT NULL, "updatedBy" varchar(64) NOT NULL, "updatedAt" datetime NOT NULL)`,
];

const SQLITE_DOWN = [
  `DROP TABLE "supplier_issue_settings"`,
  `DROP INDEX "idx_supplier_issue_event_issue"`,
  `DROP TABLE "supplier_issue_event"`,
  `DROP INDEX "idx_supplier_issue_supplier"`,
  `DROP INDEX "idx_supplier_issue_status"`,
  `DROP TABLE "supplier_issue"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "supplier_issue" ("id" SERIAL NOT NULL, "supplierId" integer NOT NULL, "contractId" integer, "storeId" integer, "kind" character varying(16) NOT NULL, "description" character varying(2000) NOT NULL, "sourceKind" character varying(16) NOT NULL, "sourceId" integer, "status" character varying(16) NOT NULL, "raisedBy" character varying(64) NOT NULL, "raisedByRole" character varying(16) NOT NULL, "raisedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "round" integer NOT NULL DEFAULT '1', "responseDueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "responseStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "respondedAt" TIMESTAMP WITH TIME ZONE, "fixStartedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "fixDueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "fixDays" integer NOT NULL, "fixClauseId" integer, "fixedAt" TIMESTAMP WITH TIME ZONE, "verifiedAt" TIMESTAMP WITH TIME ZONE, "escalatedAt" TIMESTAMP WITH TIME ZONE, "firstResponseDueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "firstRespondedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_d1ab4417780cda9161eb82dde4c" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_supplier_issue_status" ON "supplier_issue"  ("status") `,
  `CREATE INDEX "idx_supplier_issue_supplier" ON "supplier_issue"  ("supplierId", "raisedAt") `,
  `CREATE TABLE "supplier_issue_event" ("id" SERIAL NOT NULL, "issueId" integer NOT NULL, "action" character varying(16) NOT NULL, "fromStatus" character varying(16), "toStatus" character varying(16) NOT NULL, "by" character varying(64) NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" character varying(1000), CONSTRAINT "PK_8bf886fe5d9b7226a7cdc60a4e5" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_supplier_issue_event_issue" ON "supplier_issue_event"  ("issueId") `,
  `CREATE TABLE "supplier_issue_settings" ("id" SERIAL NOT NULL, "responseWorkingDays" integer NOT NULL, "fixWorkingDays" integer NOT NULL, "updatedBy" character varying(64) NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_6960865427b166ca610e1ea0a50" PRIMARY KEY ("id"))`,
  `ALTER TABLE "supplier_issue" ADD CONSTRAINT "FK_7409626604588faaf14d94eca73" FOREIGN KEY ("supplierId") REFERENCES "supplier"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "supplier_issue" ADD CONSTRAINT "FK_f3efc2740abf764d76639d61e1a" FOREIGN KEY ("contractId") REFERENCES "contract"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "supplier_issue" ADD CONSTRAINT "FK_574ca71ddbfc5ee2223147f2085" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "supplier_issue" ADD CONSTRAINT "FK_c37eae805db9090be5d55572f1a" FOREIGN KEY ("fixClauseId") REFERENCES "contract_clause"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
  `ALTER TABLE "supplier_issue_event" ADD CONSTRAINT "FK_e8617431f8c4819bd71991878ad" FOREIGN KEY ("issueId") REFERENCES "supplier_issue"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "supplier_issue_event" DROP CONSTRAINT "FK_e8617431f8c4819bd71991878ad"`,
  `ALTER TABLE "supplier_issue" DROP CONSTRAINT "FK_c37eae805db9090be5d55572f1a"`,
  `ALTER TABLE "supplier_issue" DROP CONSTRAINT "FK_574ca71ddbfc5ee2223147f2085"`,
  `ALTER TABLE "supplier_issue" DROP CONSTRAINT "FK_f3efc2740abf764d76639d61e1a"`,
  `ALTER TABLE "supplier_issue" DROP CONSTRAINT "FK_7409626604588faaf14d94eca73"`,
  `DROP TABLE "supplier_issue_settings"`,
  `DROP INDEX "public"."idx_supplier_issue_event_issue"`,
  `DROP TABLE "supplier_issue_event"`,
  `DROP INDEX "public"."idx_supplier_issue_supplier"`,
  `DROP INDEX "public"."idx_supplier_issue_status"`,
  `DROP TABLE "supplier_issue"`,
];
