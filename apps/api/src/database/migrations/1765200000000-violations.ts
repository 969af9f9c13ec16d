import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Violations 违纪 (issue 16): the office's rule book (violation_rule, with its progressive penalty steps), the chain's
 * departments a violation can name (violation_department: org has no department, so a fixed list with the role that
 * heads each), the violations themselves with their proposed penalty, approval and appeal, and their evidence. A
 * starting rule book (WJ-001 …) is seeded so the office can record at once. SQL per database as TypeORM generates it.
 */
export class Violations1765200000000 implements MigrationInterface {
  name = 'Violations1765200000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    for (const sql of postgres ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
    for (const sql of postgres ? SEED_POSTGRES : SEED_SQLITE) await q.query(sql);
    // The seeded ids were given: the sequences go on after them.
    if (postgres)
      for (const table of ['violation_rule', 'violation_department'])
        await q.query(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT MAX("id") FROM "${table}"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "violation_rule" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "title" varchar(60) NOT NULL, "category" varchar(16) NOT NULL, "description" varchar(1000) NOT NULL, "steps" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1), "updatedBy" varchar(64), "updatedAt" datetime)`,
  `CREATE UNIQUE INDEX "uq_violation_rule_code" ON "violation_rule" ("code") `,
  `CREATE TABLE "violation_department" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(60) NOT NULL, "headRole" varchar(16) NOT NULL, "position" integer NOT NULL DEFAULT (0))`,
  `CREATE UNIQUE INDEX "uq_violation_department_code" ON "violation_department" ("code") `,
  `CREATE TABLE "violation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "subjectType" varchar(16) NOT NULL, "subjectId" integer NOT NULL, "subjectName" varchar(100) NOT NULL, "storeId" integer, "ruleId" integer NOT NULL, "ruleCode" varchar(16) NOT NULL, "occurredAt" datetime NOT NULL, "facts" varchar(2000) NOT NULL, "priorCount" integer NOT NULL DEFAULT (0), "proposedPenalty" text NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('proposed'), "recordedById" integer, "recordedBy" varchar(64) NOT NULL, "recordedAt" datetime NOT NULL, "approvedBy" varchar(64), "approvedAt" datetime, "approvalComment" varchar(500), "appealReason" varchar(1000), "appealedBy" varchar(64), "appealedAt" datetime, "appealDecision" varchar(16), "decidedBy" varchar(64), "decidedAt" datetime, "decisionComment" varchar(500), "version" integer NOT NULL DEFAULT (1), "updatedAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_violation_status" ON "violation" ("status") `,
  `CREATE INDEX "idx_violation_store" ON "violation" ("storeId", "occurredAt") `,
  `CREATE INDEX "idx_violation_subject" ON "violation" ("subjectType", "subjectId", "ruleCode", "occurredAt") `,
  `CREATE TABLE "violation_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "violationId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storedName" varchar(64) NOT NULL, "mimeType" varchar(64) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_violation_attachment_violation" ON "violation_attachment" ("violationId") `,
];

const SQLITE_DOWN = [
  `DROP INDEX "idx_violation_attachment_violation"`,
  `DROP TABLE "violation_attachment"`,
  `DROP INDEX "idx_violation_subject"`,
  `DROP INDEX "idx_violation_store"`,
  `DROP INDEX "idx_violation_status"`,
  `DROP TABLE "violation"`,
  `DROP INDEX "uq_violation_department_code"`,
  `DROP TABLE "violation_department"`,
  `DROP INDEX "uq_violation_rule_code"`,
  `DROP TABLE "violation_rule"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "violation_rule" ("id" SERIAL NOT NULL, "code" character varying(16) NOT NULL, "title" character varying(60) NOT NULL, "category" character varying(16) NOT NULL, "description" character varying(1000) NOT NULL, "steps" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "updatedBy" character varying(64), "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_45fc0fdd2ae2d6734c4b90b5db4" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_violation_rule_code" ON "violation_rule"  ("code") `,
  `CREATE TABLE "violation_department" ("id" SERIAL NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(60) NOT NULL, "headRole" character varying(16) NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_15242b4d83433d87d6c66dc86c8" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_violation_department_code" ON "violation_department"  ("code") `,
  `CREATE TABLE "violation" ("id" SERIAL NOT NULL, "subjectType" character varying(16) NOT NULL, "subjectId" integer NOT NULL, "subjectName" character varying(100) NOT NULL, "storeId" integer, "ruleId" integer NOT NULL, "ruleCode" character varying(16) NOT NULL, "occurredAt" TIMESTAMP WITH TIME ZONE NOT NULL, "facts" character varying(2000) NOT NULL, "priorCount" integer NOT NULL DEFAULT '0', "proposedPenalty" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'proposed', "recordedById" integer, "recordedBy" character varying(64) NOT NULL, "recordedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "approvedBy" character varying(64), "approvedAt" TIMESTAMP WITH TIME ZONE, "approvalComment" character varying(500), "appealReason" character varying(1000), "appealedBy" character varying(64), "appealedAt" TIMESTAMP WITH TIME ZONE, "appealDecision" character varying(16), "decidedBy" character varying(64), "decidedAt" TIMESTAMP WITH TIME ZONE, "decisionComment" character varying(500), "version" integer NOT NULL DEFAULT '1', "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_b4f833198cf98062eca084418eb" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_violation_status" ON "violation"  ("status") `,
  `CREATE INDEX "idx_violation_store" ON "violation"  ("storeId", "occurredAt") `,
  `CREATE INDEX "idx_violation_subject" ON "violation"  ("subjectType", "subjectId", "ruleCode", "occurredAt") `,
  `CREATE TABLE "violation_attachment" ("id" SERIAL NOT NULL, "violationId" integer NOT NULL, "fileName" character varying(200) NOT NULL, "storedName" character varying(64) NOT NULL, "mimeType" character varying(64) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" character varying(64) NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_86432f215dc02654dfb0f5d078f" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_violation_attachment_violation" ON "violation_attachment"  ("violationId") `,
];

const POSTGRES_DOWN = [
  `DROP INDEX "public"."idx_violation_attachment_violation"`,
  `DROP TABLE "violation_attachment"`,
  `DROP INDEX "public"."idx_violation_subject"`,
  `DROP INDEX "public"."idx_violation_store"`,
  `DROP INDEX "public"."idx_violation_status"`,
  `DROP TABLE "violation"`,
  `DROP INDEX "public"."uq_violation_department_code"`,
  `DROP TABLE "violation_department"`,
  `DROP INDEX "public"."uq_violation_rule_code"`,
  `DROP TABLE "violation_rule"`,
];

const SEED_SQLITE = [
  `INSERT INTO "violation_rule" ("id", "code", "title", "category", "description", "steps", "active", "version") VALUES
    (1, 'WJ-001', '上班迟到早退', 'attendance', '无故迟到、早退 30 分钟以内；门店被处理时指当班人员集体迟到。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":10000},{"kind":"demotion"}]', 1, 1),
    (2, 'WJ-002', '当班脱岗', 'attendance', '当班时间擅离岗位、串岗或做与工作无关的事。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":20000}]', 1, 1),
    (3, 'WJ-003', '服务用语不规范', 'service', '对顾客态度冷淡、使用不文明用语或与顾客争吵。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":20000}]', 1, 1),
    (4, 'WJ-004', '收银差错未报', 'cash', '收银长短款未按规定登记上报，或私自处理差额。', '[{"kind":"written_warning"},{"kind":"fine","amountFen":50000},{"kind":"demotion"},{"kind":"dismissal"}]', 1, 1),
    (5, 'WJ-005', '价签与系统价不符', 'pricing', '未按变价单及时更换价签，造成标价与结算不符。', '[{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":50000},{"kind":"fine","amountFen":100000}]', 1, 1),
    (6, 'WJ-006', '过期商品在售', 'food_safety', '货架上发现过期或变质商品仍在销售。', '[{"kind":"written_warning"},{"kind":"fine","amountFen":100000},{"kind":"fine","amountFen":300000},{"kind":"demotion"}]', 1, 1),
    (7, 'WJ-007', '消防通道堵塞', 'safety', '消防通道、安全出口被货物或杂物堵塞。', '[{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":100000}]', 1, 1),
    (8, 'WJ-008', '卖场卫生不达标', 'hygiene', '卖场、后仓或员工区卫生检查不合格。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":20000}]', 1, 1),
    (9, 'WJ-009', '收受供应商好处', 'integrity', '收受供应商礼金、礼品或其他不正当利益。', '[{"kind":"fine","amountFen":500000},{"kind":"dismissal"}]', 1, 1),
    (10, 'WJ-010', '未按营运标准作业', 'operations', '陈列、盘点、交接班等未按营运标准执行。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":30000}]', 1, 1)`,
  `INSERT INTO "violation_department" ("id", "code", "name", "headRole", "position") VALUES
    (1, 'OPS', '营运部', 'ops_manager', 1),
    (2, 'OFFICE', '综合管理处', 'director', 2),
    (3, 'PURCHASE', '采购部', 'director', 3),
    (4, 'LOGISTICS', '物流部', 'ops_manager', 4),
    (5, 'FINANCE', '财务部', 'director', 5),
    (6, 'HR', '人力资源部', 'director', 6)`,
];

const SEED_POSTGRES = [
  `INSERT INTO "violation_rule" ("id", "code", "title", "category", "description", "steps", "active", "version") VALUES
    (1, 'WJ-001', '上班迟到早退', 'attendance', '无故迟到、早退 30 分钟以内；门店被处理时指当班人员集体迟到。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":10000},{"kind":"demotion"}]', true, 1),
    (2, 'WJ-002', '当班脱岗', 'attendance', '当班时间擅离岗位、串岗或做与工作无关的事。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":20000}]', true, 1),
    (3, 'WJ-003', '服务用语不规范', 'service', '对顾客态度冷淡、使用不文明用语或与顾客争吵。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":20000}]', true, 1),
    (4, 'WJ-004', '收银差错未报', 'cash', '收银长短款未按规定登记上报，或私自处理差额。', '[{"kind":"written_warning"},{"kind":"fine","amountFen":50000},{"kind":"demotion"},{"kind":"dismissal"}]', true, 1),
    (5, 'WJ-005', '价签与系统价不符', 'pricing', '未按变价单及时更换价签，造成标价与结算不符。', '[{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":50000},{"kind":"fine","amountFen":100000}]', true, 1),
    (6, 'WJ-006', '过期商品在售', 'food_safety', '货架上发现过期或变质商品仍在销售。', '[{"kind":"written_warning"},{"kind":"fine","amountFen":100000},{"kind":"fine","amountFen":300000},{"kind":"demotion"}]', true, 1),
    (7, 'WJ-007', '消防通道堵塞', 'safety', '消防通道、安全出口被货物或杂物堵塞。', '[{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":100000}]', true, 1),
    (8, 'WJ-008', '卖场卫生不达标', 'hygiene', '卖场、后仓或员工区卫生检查不合格。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"fine","amountFen":20000}]', true, 1),
    (9, 'WJ-009', '收受供应商好处', 'integrity', '收受供应商礼金、礼品或其他不正当利益。', '[{"kind":"fine","amountFen":500000},{"kind":"dismissal"}]', true, 1),
    (10, 'WJ-010', '未按营运标准作业', 'operations', '陈列、盘点、交接班等未按营运标准执行。', '[{"kind":"verbal_warning"},{"kind":"written_warning"},{"kind":"circulated"},{"kind":"fine","amountFen":30000}]', true, 1)`,
  `INSERT INTO "violation_department" ("id", "code", "name", "headRole", "position") VALUES
    (1, 'OPS', '营运部', 'ops_manager', 1),
    (2, 'OFFICE', '综合管理处', 'director', 2),
    (3, 'PURCHASE', '采购部', 'director', 3),
    (4, 'LOGISTICS', '物流部', 'ops_manager', 4),
    (5, 'FINANCE', '财务部', 'director', 5),
    (6, 'HR', '人力资源部', 'director', 6)`,
];
