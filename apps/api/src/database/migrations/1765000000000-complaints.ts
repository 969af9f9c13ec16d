import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Customer complaints 顾客投诉 (issue 15): the complaint with its timeline (complaint_event), stage clocks
 * (complaint_stage, one per stage and round, with its pauses), follow-up calls, photos and receipts, the key-customer
 * list, the office's settings, and the two fixed lists it maintains — categories (two levels) and causes — seeded
 * here so a new installation can take complaints at once. SQL per database as TypeORM generates it.
 */
export class Complaints1765000000000 implements MigrationInterface {
  name = 'Complaints1765000000000';

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === 'postgres';
    for (const sql of postgres ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
    for (const sql of postgres ? SEED_POSTGRES : SEED_SQLITE) await q.query(sql);
    // The seeded ids were given: the sequence goes on after them.
    if (postgres)
      await q.query(`SELECT setval(pg_get_serial_sequence('complaint_category', 'id'), (SELECT MAX("id") FROM "complaint_category"))`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "complaint_category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(32) NOT NULL, "name" varchar(60) NOT NULL, "parentId" integer, "severity" varchar(16) NOT NULL DEFAULT ('normal'), "active" boolean NOT NULL DEFAULT (1), "position" integer NOT NULL DEFAULT (0))`,
  `CREATE UNIQUE INDEX "uq_complaint_category_code" ON "complaint_category" ("code") `,
  `CREATE TABLE "complaint_cause" ("code" varchar(32) PRIMARY KEY NOT NULL, "name" varchar(60) NOT NULL, "position" integer NOT NULL DEFAULT (0))`,
  `CREATE TABLE "complaint" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(20) NOT NULL, "storeId" integer NOT NULL, "channel" varchar(16) NOT NULL, "receivedAt" datetime NOT NULL, "receivedById" integer, "receivedBy" varchar(64) NOT NULL, "customerName" varchar(50), "customerPhone" varchar(20), "keyCustomer" boolean NOT NULL DEFAULT (0), "categoryId" integer NOT NULL, "severity" varchar(16) NOT NULL DEFAULT ('normal'), "description" varchar(2000) NOT NULL, "productName" varchar(100), "barcode" varchar(32), "batch" varchar(50), "amountInvolved" bigint, "status" varchar(16) NOT NULL DEFAULT ('received'), "valid" boolean, "invalidReason" varchar(500), "customerInformed" boolean, "responsibleStoreId" integer, "responsibleDepartment" varchar(16), "plan" varchar(2000), "compensation" bigint, "planApproverRole" varchar(16), "resolution" varchar(2000), "causeCode" varchar(32), "supplierId" integer, "compensationPaid" bigint, "satisfaction" varchar(16), "followUpReached" boolean NOT NULL DEFAULT (0), "reopenCount" integer NOT NULL DEFAULT (0), "mergedIntoId" integer, "closedAt" datetime, "anonymisedAt" datetime, "version" integer NOT NULL DEFAULT (1), "createdAt" datetime NOT NULL, "updatedAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_complaint_supplier" ON "complaint" ("supplierId") `,
  `CREATE INDEX "idx_complaint_status" ON "complaint" ("status") `,
  `CREATE INDEX "idx_complaint_responsible" ON "complaint" ("responsibleStoreId", "receivedAt") `,
  `CREATE INDEX "idx_complaint_store" ON "complaint" ("storeId", "receivedAt") `,
  `CREATE INDEX "idx_complaint_received" ON "complaint" ("receivedAt") `,
  `CREATE UNIQUE INDEX "uq_complaint_code" ON "complaint" ("code") `,
  `CREATE TABLE "complaint_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "at" datetime NOT NULL, "byId" integer, "by" varchar(64) NOT NULL, "action" varchar(24) NOT NULL, "fromStatus" varchar(16), "toStatus" varchar(16) NOT NULL, "comment" varchar(500), "details" text NOT NULL)`,
  `CREATE INDEX "idx_complaint_event_complaint" ON "complaint_event" ("complaintId", "at") `,
  `CREATE TABLE "complaint_stage" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "stage" varchar(16) NOT NULL, "round" integer NOT NULL DEFAULT (1), "startedAt" datetime NOT NULL, "dueAt" datetime NOT NULL, "holderRole" varchar(16) NOT NULL, "holderStoreId" integer, "part" varchar(8) NOT NULL DEFAULT ('owner'), "pauses" text NOT NULL, "doneAt" datetime, "skipped" boolean NOT NULL DEFAULT (0))`,
  `CREATE INDEX "idx_complaint_stage_open" ON "complaint_stage" ("doneAt") `,
  `CREATE INDEX "idx_complaint_stage_complaint" ON "complaint_stage" ("complaintId") `,
  `CREATE TABLE "complaint_follow_up" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "at" datetime NOT NULL, "by" varchar(64) NOT NULL, "reached" boolean NOT NULL, "satisfaction" varchar(16), "notes" varchar(1000), "outsideCallingHours" boolean NOT NULL DEFAULT (0))`,
  `CREATE INDEX "idx_complaint_follow_up_complaint" ON "complaint_follow_up" ("complaintId") `,
  `CREATE TABLE "complaint_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "complaintId" integer NOT NULL, "fileName" varchar(200) NOT NULL, "storedName" varchar(64) NOT NULL, "mimeType" varchar(64) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" varchar(64) NOT NULL, "uploadedAt" datetime NOT NULL)`,
  `CREATE INDEX "idx_complaint_attachment_complaint" ON "complaint_attachment" ("complaintId") `,
  `CREATE TABLE "complaint_key_customer" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "phone" varchar(20) NOT NULL, "note" varchar(200), "createdBy" varchar(64) NOT NULL, "createdAt" datetime NOT NULL)`,
  `CREATE UNIQUE INDEX "uq_complaint_key_customer_phone" ON "complaint_key_customer" ("phone") `,
  `CREATE TABLE "complaint_settings" ("id" integer PRIMARY KEY NOT NULL, "sla" text NOT NULL, "storeApprovalLimitFen" bigint NOT NULL, "retentionMonths" integer NOT NULL, "version" integer NOT NULL DEFAULT (1), "updatedBy" varchar(64), "updatedAt" datetime)`,
];

const SQLITE_DOWN = [
  `DROP TABLE "complaint_settings"`,
  `DROP INDEX "uq_complaint_key_customer_phone"`,
  `DROP TABLE "complaint_key_customer"`,
  `DROP INDEX "idx_complaint_attachment_complaint"`,
  `DROP TABLE "complaint_attachment"`,
  `DROP INDEX "idx_complaint_follow_up_complaint"`,
  `DROP TABLE "complaint_follow_up"`,
  `DROP INDEX "idx_complaint_stage_complaint"`,
  `DROP INDEX "idx_complaint_stage_open"`,
  `DROP TABLE "complaint_stage"`,
  `DROP INDEX "idx_complaint_event_complaint"`,
  `DROP TABLE "complaint_event"`,
  `DROP INDEX "uq_complaint_code"`,
  `DROP INDEX "idx_complaint_received"`,
  `DROP INDEX "idx_complaint_store"`,
  `DROP INDEX "idx_complaint_responsible"`,
  `DROP INDEX "idx_complaint_status"`,
  `DROP INDEX "idx_complaint_supplier"`,
  `DROP TABLE "complaint"`,
  `DROP TABLE "complaint_cause"`,
  `DROP INDEX "uq_complaint_category_code"`,
  `DROP TABLE "complaint_category"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "complaint_category" ("id" SERIAL NOT NULL, "code" character varying(32) NOT NULL, "name" character varying(60) NOT NULL, "parentId" integer, "severity" character varying(16) NOT NULL DEFAULT 'normal', "active" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_2b27f05b9c8e2d733af2868bfff" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_complaint_category_code" ON "complaint_category"  ("code") `,
  `CREATE TABLE "complaint_cause" ("code" character varying(32) NOT NULL, "name" character varying(60) NOT NULL, "position" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_7a91d9b1b4647963488fb4b0b81" PRIMARY KEY ("code"))`,
  `CREATE TABLE "complaint" ("id" SERIAL NOT NULL, "code" character varying(20) NOT NULL, "storeId" integer NOT NULL, "channel" character varying(16) NOT NULL, "receivedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "receivedById" integer, "receivedBy" character varying(64) NOT NULL, "customerName" character varying(50), "customerPhone" character varying(20), "keyCustomer" boolean NOT NULL DEFAULT false, "categoryId" integer NOT NULL, "severity" character varying(16) NOT NULL DEFAULT 'normal', "description" character varying(2000) NOT NULL, "productName" character varying(100), "barcode" character varying(32), "batch" character varying(50), "amountInvolved" bigint, "status" character varying(16) NOT NULL DEFAULT 'received', "valid" boolean, "invalidReason" character varying(500), "customerInformed" boolean, "responsibleStoreId" integer, "responsibleDepartment" character varying(16), "plan" character varying(2000), "compensation" bigint, "planApproverRole" character varying(16), "resolution" character varying(2000), "causeCode" character varying(32), "supplierId" integer, "compensationPaid" bigint, "satisfaction" character varying(16), "followUpReached" boolean NOT NULL DEFAULT false, "reopenCount" integer NOT NULL DEFAULT '0', "mergedIntoId" integer, "closedAt" TIMESTAMP WITH TIME ZONE, "anonymisedAt" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_a9c8dbc2ab4988edcc2ff0a7337" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_complaint_supplier" ON "complaint"  ("supplierId") `,
  `CREATE INDEX "idx_complaint_status" ON "complaint"  ("status") `,
  `CREATE INDEX "idx_complaint_responsible" ON "complaint"  ("responsibleStoreId", "receivedAt") `,
  `CREATE INDEX "idx_complaint_store" ON "complaint"  ("storeId", "receivedAt") `,
  `CREATE INDEX "idx_complaint_received" ON "complaint"  ("receivedAt") `,
  `CREATE UNIQUE INDEX "uq_complaint_code" ON "complaint"  ("code") `,
  `CREATE TABLE "complaint_event" ("id" SERIAL NOT NULL, "complaintId" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "byId" integer, "by" character varying(64) NOT NULL, "action" character varying(24) NOT NULL, "fromStatus" character varying(16), "toStatus" character varying(16) NOT NULL, "comment" character varying(500), "details" text NOT NULL, CONSTRAINT "PK_f4117f03e71804f6f1dab349a36" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_complaint_event_complaint" ON "complaint_event"  ("complaintId", "at") `,
  `CREATE TABLE "complaint_stage" ("id" SERIAL NOT NULL, "complaintId" integer NOT NULL, "stage" character varying(16) NOT NULL, "round" integer NOT NULL DEFAULT '1', "startedAt" TIMESTAMP WITH TIME ZONE NOT NULL, "dueAt" TIMESTAMP WITH TIME ZONE NOT NULL, "holderRole" character varying(16) NOT NULL, "holderStoreId" integer, "part" character varying(8) NOT NULL DEFAULT 'owner', "pauses" text NOT NULL, "doneAt" TIMESTAMP WITH TIME ZONE, "skipped" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_fc51dee18c21850ad47c0753690" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_complaint_stage_open" ON "complaint_stage"  ("doneAt") `,
  `CREATE INDEX "idx_complaint_stage_complaint" ON "complaint_stage"  ("complaintId") `,
  `CREATE TABLE "complaint_follow_up" ("id" SERIAL NOT NULL, "complaintId" integer NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "by" character varying(64) NOT NULL, "reached" boolean NOT NULL, "satisfaction" character varying(16), "notes" character varying(1000), "outsideCallingHours" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_4fb293a619a07b2c493d0c43ee9" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_complaint_follow_up_complaint" ON "complaint_follow_up"  ("complaintId") `,
  `CREATE TABLE "complaint_attachment" ("id" SERIAL NOT NULL, "complaintId" integer NOT NULL, "fileName" character varying(200) NOT NULL, "storedName" character varying(64) NOT NULL, "mimeType" character varying(64) NOT NULL, "bytes" integer NOT NULL, "uploadedBy" character varying(64) NOT NULL, "uploadedAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_9ba93e88ea416d6370a5edbcee9" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_complaint_attachment_complaint" ON "complaint_attachment"  ("complaintId") `,
  `CREATE TABLE "complaint_key_customer" ("id" SERIAL NOT NULL, "name" character varying(50) NOT NULL, "phone" character varying(20) NOT NULL, "note" character varying(200), "createdBy" character varying(64) NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_106f611e83e757069b2491b8cea" PRIMARY KEY ("id"))`,
  `CREATE UNIQUE INDEX "uq_complaint_key_customer_phone" ON "complaint_key_customer"  ("phone") `,
  `CREATE TABLE "complaint_settings" ("id" integer NOT NULL, "sla" text NOT NULL, "storeApprovalLimitFen" bigint NOT NULL, "retentionMonths" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "updatedBy" character varying(64), "updatedAt" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_99f262b019bc9a6c97ae9138033" PRIMARY KEY ("id"))`,
];

const POSTGRES_DOWN = [
  `DROP TABLE "complaint_settings"`,
  `DROP INDEX "public"."uq_complaint_key_customer_phone"`,
  `DROP TABLE "complaint_key_customer"`,
  `DROP INDEX "public"."idx_complaint_attachment_complaint"`,
  `DROP TABLE "complaint_attachment"`,
  `DROP INDEX "public"."idx_complaint_follow_up_complaint"`,
  `DROP TABLE "complaint_follow_up"`,
  `DROP INDEX "public"."idx_complaint_stage_complaint"`,
  `DROP INDEX "public"."idx_complaint_stage_open"`,
  `DROP TABLE "complaint_stage"`,
  `DROP INDEX "public"."idx_complaint_event_complaint"`,
  `DROP TABLE "complaint_event"`,
  `DROP INDEX "public"."uq_complaint_code"`,
  `DROP INDEX "public"."idx_complaint_received"`,
  `DROP INDEX "public"."idx_complaint_store"`,
  `DROP INDEX "public"."idx_complaint_responsible"`,
  `DROP INDEX "public"."idx_complaint_status"`,
  `DROP INDEX "public"."idx_complaint_supplier"`,
  `DROP TABLE "complaint"`,
  `DROP TABLE "complaint_cause"`,
  `DROP INDEX "public"."uq_complaint_category_code"`,
  `DROP TABLE "complaint_category"`,
];

const SEED_SQLITE = [
  `INSERT INTO "complaint_category" ("id", "code", "name", "parentId", "severity", "active", "position") VALUES
    (1, 'quality', '商品质量', NULL, 'normal', 1, 1),
    (2, 'food_safety', '食品安全', NULL, 'serious', 1, 2),
    (3, 'price', '价格', NULL, 'normal', 1, 3),
    (4, 'service', '服务态度', NULL, 'normal', 1, 4),
    (5, 'checkout', '收银', NULL, 'normal', 1, 5),
    (6, 'hygiene', '环境卫生', NULL, 'normal', 1, 6),
    (7, 'after_sales', '售后退换', NULL, 'normal', 1, 7),
    (8, 'safety', '安全设施', NULL, 'serious', 1, 8),
    (9, 'other', '其他', NULL, 'normal', 1, 9),
    (101, 'quality_expired', '过期变质', 1, 'normal', 1, 10),
    (102, 'quality_defect', '质量缺陷', 1, 'normal', 1, 11),
    (103, 'quality_foreign', '异物', 1, 'normal', 1, 12),
    (104, 'quality_package', '包装破损', 1, 'normal', 1, 13),
    (105, 'quality_label', '标签不符', 1, 'normal', 1, 14),
    (201, 'food_illness', '疑似食物中毒', 2, 'serious', 1, 15),
    (202, 'food_expired', '过期食品', 2, 'serious', 1, 16),
    (203, 'food_cold_chain', '冷链不当', 2, 'serious', 1, 17),
    (301, 'price_mismatch', '标价与结算不符', 3, 'normal', 1, 18),
    (302, 'price_promo', '促销不兑现', 3, 'normal', 1, 19),
    (303, 'price_tag', '价签缺失或模糊', 3, 'normal', 1, 20),
    (401, 'service_rude', '态度恶劣', 4, 'normal', 1, 21),
    (402, 'service_slow', '响应慢', 4, 'normal', 1, 22),
    (403, 'service_conduct', '服务不规范', 4, 'normal', 1, 23),
    (501, 'checkout_overcharge', '多收少找', 5, 'normal', 1, 24),
    (502, 'checkout_queue', '排队过长', 5, 'normal', 1, 25),
    (503, 'checkout_invoice', '发票问题', 5, 'normal', 1, 26),
    (601, 'hygiene_dirty', '卖场不洁', 6, 'normal', 1, 27),
    (602, 'hygiene_smell', '异味', 6, 'normal', 1, 28),
    (603, 'hygiene_pest', '虫害', 6, 'normal', 1, 29),
    (701, 'after_refuse', '拒绝退换', 7, 'normal', 1, 30),
    (702, 'after_refund', '退款延迟', 7, 'normal', 1, 31),
    (703, 'after_delivery', '送货安装', 7, 'normal', 1, 32),
    (801, 'safety_floor', '地面湿滑', 8, 'serious', 1, 33),
    (802, 'safety_facility', '设施损坏', 8, 'serious', 1, 34),
    (901, 'other_other', '其他', 9, 'normal', 1, 35)`,
  `INSERT INTO "complaint_cause" ("code", "name", "position") VALUES ('product', '商品', 1), ('staff', '人员', 2), ('process', '流程', 3), ('facility', '设施', 4), ('supplier', '供应商', 5), ('customer_misunderstanding', '顾客误解', 6), ('system', '系统', 7), ('other', '其他', 8)`,
];

const SEED_POSTGRES = [
  `INSERT INTO "complaint_category" ("id", "code", "name", "parentId", "severity", "active", "position") VALUES
    (1, 'quality', '商品质量', NULL, 'normal', true, 1),
    (2, 'food_safety', '食品安全', NULL, 'serious', true, 2),
    (3, 'price', '价格', NULL, 'normal', true, 3),
    (4, 'service', '服务态度', NULL, 'normal', true, 4),
    (5, 'checkout', '收银', NULL, 'normal', true, 5),
    (6, 'hygiene', '环境卫生', NULL, 'normal', true, 6),
    (7, 'after_sales', '售后退换', NULL, 'normal', true, 7),
    (8, 'safety', '安全设施', NULL, 'serious', true, 8),
    (9, 'other', '其他', NULL, 'normal', true, 9),
    (101, 'quality_expired', '过期变质', 1, 'normal', true, 10),
    (102, 'quality_defect', '质量缺陷', 1, 'normal', true, 11),
    (103, 'quality_foreign', '异物', 1, 'normal', true, 12),
    (104, 'quality_package', '包装破损', 1, 'normal', true, 13),
    (105, 'quality_label', '标签不符', 1, 'normal', true, 14),
    (201, 'food_illness', '疑似食物中毒', 2, 'serious', true, 15),
    (202, 'food_expired', '过期食品', 2, 'serious', true, 16),
    (203, 'food_cold_chain', '冷链不当', 2, 'serious', true, 17),
    (301, 'price_mismatch', '标价与结算不符', 3, 'normal', true, 18),
    (302, 'price_promo', '促销不兑现', 3, 'normal', true, 19),
    (303, 'price_tag', '价签缺失或模糊', 3, 'normal', true, 20),
    (401, 'service_rude', '态度恶劣', 4, 'normal', true, 21),
    (402, 'service_slow', '响应慢', 4, 'normal', true, 22),
    (403, 'service_conduct', '服务不规范', 4, 'normal', true, 23),
    (501, 'checkout_overcharge', '多收少找', 5, 'normal', true, 24),
    (502, 'checkout_queue', '排队过长', 5, 'normal', true, 25),
    (503, 'checkout_invoice', '发票问题', 5, 'normal', true, 26),
    (601, 'hygiene_dirty', '卖场不洁', 6, 'normal', true, 27),
    (602, 'hygiene_smell', '异味', 6, 'normal', true, 28),
    (603, 'hygiene_pest', '虫害', 6, 'normal', true, 29),
    (701, 'after_refuse', '拒绝退换', 7, 'normal', true, 30),
    (702, 'after_refund', '退款延迟', 7, 'normal', true, 31),
    (703, 'after_delivery', '送货安装', 7, 'normal', true, 32),
    (801, 'safety_floor', '地面湿滑', 8, 'serious', true, 33),
    (802, 'safety_facility', '设施损坏', 8, 'serious', true, 34),
    (901, 'other_other', '其他', 9, 'normal', true, 35)`,
  `INSERT INTO "complaint_cause" ("code", "name", "position") VALUES ('product', '商品', 1), ('staff', '人员', 2), ('process', '流程', 3), ('facility', '设施', 4), ('supplier', '供应商', 5), ('customer_misunderstanding', '顾客误解', 6), ('system', '系统', 7), ('other', '其他', 8)`,
];
