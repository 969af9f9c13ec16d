import { MigrationInterface, QueryRunner } from 'typeorm';

/** Org master data, users, sessions and the audit log. SQL per database, as TypeORM generates it for the entities. */
export class Foundation1764201600000 implements MigrationInterface {
  name = 'Foundation1764201600000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_UP : SQLITE_UP) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const sql of q.connection.options.type === 'postgres' ? POSTGRES_DOWN : SQLITE_DOWN) await q.query(sql);
  }
}

const SQLITE_UP = [
  `CREATE TABLE "region" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(64) NOT NULL, "active" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"))`,
  `CREATE TABLE "category" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(64) NOT NULL, "parentId" integer, "active" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_652a15c02538138f021f1320de8" UNIQUE ("code"), CONSTRAINT "FK_d5456fd7e4c4866fec8ada1fa10" FOREIGN KEY ("parentId") REFERENCES "category" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "store" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(16) NOT NULL, "name" varchar(64) NOT NULL, "regionId" integer NOT NULL, "format" varchar(16) NOT NULL, "status" varchar(16) NOT NULL DEFAULT ('open'), "openDate" date, "salesAreaSqm" integer NOT NULL, "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_40c711bd10299557bc2bc497206" UNIQUE ("code"), CONSTRAINT "FK_26fe9e05a517d67ca575fcc298c" FOREIGN KEY ("regionId") REFERENCES "region" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "app_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(64) NOT NULL, "displayName" varchar(64) NOT NULL, "role" varchar(16) NOT NULL, "passwordHash" varchar(200) NOT NULL, "storeId" integer, "active" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL DEFAULT (1), CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "FK_e672a6ff00e04be4e0923ee8c7d" FOREIGN KEY ("storeId") REFERENCES "store" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`,
  `CREATE TABLE "session" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL, "lastSeenAt" datetime NOT NULL, "expiresAt" datetime NOT NULL, "ip" varchar(64), CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
  `CREATE TABLE "user_category" ("userId" integer NOT NULL, "categoryId" integer NOT NULL, CONSTRAINT "FK_d6d0397f3d4b205f880addd4b53" FOREIGN KEY ("userId") REFERENCES "app_user" ("id") ON DELETE CASCADE ON UPDATE CASCADE, CONSTRAINT "FK_fb05a6cc26c2e9353faa9e42859" FOREIGN KEY ("categoryId") REFERENCES "category" ("id") ON DELETE CASCADE ON UPDATE CASCADE, PRIMARY KEY ("userId", "categoryId"))`,
  `CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime NOT NULL, "actorUserId" integer, "actorUsername" varchar(64), "action" varchar(16) NOT NULL, "entity" varchar(64) NOT NULL, "entityId" varchar(64) NOT NULL, "before" text, "after" text)`,
  `CREATE INDEX "idx_audit_at" ON "audit_entry" ("at")`,
  `CREATE INDEX "idx_audit_entity" ON "audit_entry" ("entity", "entityId")`,
  `CREATE INDEX "idx_category_parent" ON "category" ("parentId")`,
  `CREATE INDEX "idx_store_region" ON "store" ("regionId")`,
  `CREATE INDEX "idx_user_store" ON "app_user" ("storeId")`,
  `CREATE INDEX "idx_session_user" ON "session" ("userId")`,
  `CREATE INDEX "IDX_d6d0397f3d4b205f880addd4b5" ON "user_category" ("userId")`,
  `CREATE INDEX "IDX_fb05a6cc26c2e9353faa9e4285" ON "user_category" ("categoryId")`,
];

const SQLITE_DOWN = [
  `DROP TABLE "audit_entry"`,
  `DROP TABLE "user_category"`,
  `DROP TABLE "session"`,
  `DROP TABLE "app_user"`,
  `DROP TABLE "store"`,
  `DROP TABLE "category"`,
  `DROP TABLE "region"`,
];

const POSTGRES_UP = [
  `CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "actorUserId" integer, "actorUsername" character varying(64), "action" character varying(16) NOT NULL, "entity" character varying(64) NOT NULL, "entityId" character varying(64) NOT NULL, "before" text, "after" text, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_audit_at" ON "audit_entry"  ("at")`,
  `CREATE INDEX "idx_audit_entity" ON "audit_entry"  ("entity", "entityId")`,
  `CREATE TABLE "category" ("id" SERIAL NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(64) NOT NULL, "parentId" integer, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_652a15c02538138f021f1320de8" UNIQUE ("code"), CONSTRAINT "PK_9c4e4a89e3674fc9f382d733f03" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_category_parent" ON "category"  ("parentId")`,
  `CREATE TABLE "region" ("id" SERIAL NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(64) NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
  `CREATE TABLE "store" ("id" SERIAL NOT NULL, "code" character varying(16) NOT NULL, "name" character varying(64) NOT NULL, "regionId" integer NOT NULL, "format" character varying(16) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'open', "openDate" date, "salesAreaSqm" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_40c711bd10299557bc2bc497206" UNIQUE ("code"), CONSTRAINT "PK_f3172007d4de5ae8e7692759d79" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_store_region" ON "store"  ("regionId")`,
  `CREATE TABLE "app_user" ("id" SERIAL NOT NULL, "username" character varying(64) NOT NULL, "displayName" character varying(64) NOT NULL, "role" character varying(16) NOT NULL, "passwordHash" character varying(200) NOT NULL, "storeId" integer, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_c480e576dd71729addbc2d51b67" UNIQUE ("username"), CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
  `CREATE INDEX "idx_user_store" ON "app_user"  ("storeId")`,
  `CREATE TABLE "session" ("tokenHash" character varying(64) NOT NULL, "userId" integer NOT NULL, "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "lastSeenAt" TIMESTAMP WITH TIME ZONE NOT NULL, "expiresAt" TIMESTAMP WITH TIME ZONE NOT NULL, "ip" character varying(64), CONSTRAINT "PK_ff3b5bfd0767bd32942e5ccaad0" PRIMARY KEY ("tokenHash"))`,
  `CREATE INDEX "idx_session_user" ON "session"  ("userId")`,
  `CREATE TABLE "user_category" ("userId" integer NOT NULL, "categoryId" integer NOT NULL, CONSTRAINT "PK_a8c91af3524a085fe68f761435f" PRIMARY KEY ("userId", "categoryId"))`,
  `CREATE INDEX "IDX_d6d0397f3d4b205f880addd4b5" ON "user_category"  ("userId")`,
  `CREATE INDEX "IDX_fb05a6cc26c2e9353faa9e4285" ON "user_category"  ("categoryId")`,
  `ALTER TABLE "category" ADD CONSTRAINT "FK_d5456fd7e4c4866fec8ada1fa10" FOREIGN KEY ("parentId") REFERENCES "category"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "store" ADD CONSTRAINT "FK_26fe9e05a517d67ca575fcc298c" FOREIGN KEY ("regionId") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "app_user" ADD CONSTRAINT "FK_e672a6ff00e04be4e0923ee8c7d" FOREIGN KEY ("storeId") REFERENCES "store"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
  `ALTER TABLE "session" ADD CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
  `ALTER TABLE "user_category" ADD CONSTRAINT "FK_d6d0397f3d4b205f880addd4b53" FOREIGN KEY ("userId") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
  `ALTER TABLE "user_category" ADD CONSTRAINT "FK_fb05a6cc26c2e9353faa9e42859" FOREIGN KEY ("categoryId") REFERENCES "category"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
];

const POSTGRES_DOWN = [
  `ALTER TABLE "user_category" DROP CONSTRAINT "FK_fb05a6cc26c2e9353faa9e42859"`,
  `ALTER TABLE "user_category" DROP CONSTRAINT "FK_d6d0397f3d4b205f880addd4b53"`,
  `ALTER TABLE "session" DROP CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53"`,
  `ALTER TABLE "app_user" DROP CONSTRAINT "FK_e672a6ff00e04be4e0923ee8c7d"`,
  `ALTER TABLE "store" DROP CONSTRAINT "FK_26fe9e05a517d67ca575fcc298c"`,
  `ALTER TABLE "category" DROP CONSTRAINT "FK_d5456fd7e4c4866fec8ada1fa10"`,
  `DROP INDEX "public"."IDX_fb05a6cc26c2e9353faa9e4285"`,
  `DROP INDEX "public"."IDX_d6d0397f3d4b205f880addd4b5"`,
  `DROP TABLE "user_category"`,
  `DROP INDEX "public"."idx_session_user"`,
  `DROP TABLE "session"`,
  `DROP INDEX "public"."idx_user_store"`,
  `DROP TABLE "app_user"`,
  `DROP INDEX "public"."idx_store_region"`,
  `DROP TABLE "store"`,
  `DROP TABLE "region"`,
  `DROP INDEX "public"."idx_category_parent"`,
  `DROP TABLE "category"`,
  `DROP INDEX "public"."idx_audit_entity"`,
  `DROP INDEX "public"."idx_audit_at"`,
  `DROP TABLE "audit_entry"`,
];
