import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_journalists_languages" AS ENUM('pl', 'en', 'uk');
  CREATE TYPE "public"."enum_journalists_consent" AS ENUM('pending', 'confirmed', 'unsubscribed');
  CREATE TYPE "public"."enum_journalists_consent_source" AS ENUM('staff', 'sign-up', 'import');
  CREATE TYPE "public"."enum_mailing_lists_languages" AS ENUM('pl', 'en', 'uk');
  CREATE TYPE "public"."enum_deliveries_kind" AS ENUM('publication', 'pre-delivery');
  CREATE TYPE "public"."enum_deliveries_locale" AS ENUM('pl', 'en', 'uk');
  CREATE TYPE "public"."enum_deliveries_status" AS ENUM('queued', 'sending', 'sent', 'failed', 'skipped');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sendMail';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sendMail';
  CREATE TABLE "journalists_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_journalists_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "journalists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"email" varchar NOT NULL,
  	"outlet" varchar,
  	"embargo_trusted" boolean DEFAULT false,
  	"consent" "enum_journalists_consent" DEFAULT 'pending' NOT NULL,
  	"consent_source" "enum_journalists_consent_source" DEFAULT 'staff' NOT NULL,
  	"confirmed_at" timestamp(3) with time zone,
  	"unsubscribed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "journalists_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "mailing_lists_languages" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_mailing_lists_languages",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "mailing_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "mailing_lists_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "mailing_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"journalists_id" integer
  );
  
  CREATE TABLE "deliveries_link_uses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"format" varchar NOT NULL
  );
  
  CREATE TABLE "deliveries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer NOT NULL,
  	"journalist_id" integer NOT NULL,
  	"kind" "enum_deliveries_kind" NOT NULL,
  	"locale" "enum_deliveries_locale" NOT NULL,
  	"status" "enum_deliveries_status" DEFAULT 'queued' NOT NULL,
  	"reason" varchar,
  	"attempts" numeric DEFAULT 0,
  	"lease_until" timestamp(3) with time zone,
  	"send_after" timestamp(3) with time zone,
  	"sent_at" timestamp(3) with time zone,
  	"message_id" varchar,
  	"link_expires_at" timestamp(3) with time zone,
  	"revoked_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "journalists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "mailing_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "deliveries_id" integer;
  ALTER TABLE "journalists_languages" ADD CONSTRAINT "journalists_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."journalists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "journalists_texts" ADD CONSTRAINT "journalists_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."journalists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailing_lists_languages" ADD CONSTRAINT "mailing_lists_languages_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailing_lists_texts" ADD CONSTRAINT "mailing_lists_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailing_lists_rels" ADD CONSTRAINT "mailing_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "mailing_lists_rels" ADD CONSTRAINT "mailing_lists_rels_journalists_fk" FOREIGN KEY ("journalists_id") REFERENCES "public"."journalists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries_link_uses" ADD CONSTRAINT "deliveries_link_uses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_journalist_id_journalists_id_fk" FOREIGN KEY ("journalist_id") REFERENCES "public"."journalists"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "journalists_languages_order_idx" ON "journalists_languages" USING btree ("order");
  CREATE INDEX "journalists_languages_parent_idx" ON "journalists_languages" USING btree ("parent_id");
  CREATE UNIQUE INDEX "journalists_email_idx" ON "journalists" USING btree ("email");
  CREATE INDEX "journalists_consent_idx" ON "journalists" USING btree ("consent");
  CREATE INDEX "journalists_updated_at_idx" ON "journalists" USING btree ("updated_at");
  CREATE INDEX "journalists_created_at_idx" ON "journalists" USING btree ("created_at");
  CREATE INDEX "journalists_texts_order_parent" ON "journalists_texts" USING btree ("order","parent_id");
  CREATE INDEX "mailing_lists_languages_order_idx" ON "mailing_lists_languages" USING btree ("order");
  CREATE INDEX "mailing_lists_languages_parent_idx" ON "mailing_lists_languages" USING btree ("parent_id");
  CREATE INDEX "mailing_lists_updated_at_idx" ON "mailing_lists" USING btree ("updated_at");
  CREATE INDEX "mailing_lists_created_at_idx" ON "mailing_lists" USING btree ("created_at");
  CREATE INDEX "mailing_lists_texts_order_parent" ON "mailing_lists_texts" USING btree ("order","parent_id");
  CREATE INDEX "mailing_lists_rels_order_idx" ON "mailing_lists_rels" USING btree ("order");
  CREATE INDEX "mailing_lists_rels_parent_idx" ON "mailing_lists_rels" USING btree ("parent_id");
  CREATE INDEX "mailing_lists_rels_path_idx" ON "mailing_lists_rels" USING btree ("path");
  CREATE INDEX "mailing_lists_rels_journalists_id_idx" ON "mailing_lists_rels" USING btree ("journalists_id");
  CREATE INDEX "deliveries_link_uses_order_idx" ON "deliveries_link_uses" USING btree ("_order");
  CREATE INDEX "deliveries_link_uses_parent_id_idx" ON "deliveries_link_uses" USING btree ("_parent_id");
  CREATE INDEX "deliveries_release_idx" ON "deliveries" USING btree ("release_id");
  CREATE INDEX "deliveries_journalist_idx" ON "deliveries" USING btree ("journalist_id");
  CREATE INDEX "deliveries_status_idx" ON "deliveries" USING btree ("status");
  CREATE INDEX "deliveries_updated_at_idx" ON "deliveries" USING btree ("updated_at");
  CREATE INDEX "deliveries_created_at_idx" ON "deliveries" USING btree ("created_at");
  CREATE UNIQUE INDEX "release_journalist_kind_idx" ON "deliveries" USING btree ("release_id","journalist_id","kind");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_journalists_fk" FOREIGN KEY ("journalists_id") REFERENCES "public"."journalists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk" FOREIGN KEY ("mailing_lists_id") REFERENCES "public"."mailing_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_deliveries_fk" FOREIGN KEY ("deliveries_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_journalists_id_idx" ON "payload_locked_documents_rels" USING btree ("journalists_id");
  CREATE INDEX "payload_locked_documents_rels_mailing_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("mailing_lists_id");
  CREATE INDEX "payload_locked_documents_rels_deliveries_id_idx" ON "payload_locked_documents_rels" USING btree ("deliveries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "journalists_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journalists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "journalists_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailing_lists_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailing_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailing_lists_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "mailing_lists_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries_link_uses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "deliveries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "journalists_languages" CASCADE;
  DROP TABLE "journalists" CASCADE;
  DROP TABLE "journalists_texts" CASCADE;
  DROP TABLE "mailing_lists_languages" CASCADE;
  DROP TABLE "mailing_lists" CASCADE;
  DROP TABLE "mailing_lists_texts" CASCADE;
  DROP TABLE "mailing_lists_rels" CASCADE;
  DROP TABLE "deliveries_link_uses" CASCADE;
  DROP TABLE "deliveries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_journalists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_mailing_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_deliveries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_journalists_id_idx";
  DROP INDEX "payload_locked_documents_rels_mailing_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_deliveries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "journalists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "mailing_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "deliveries_id";
  DROP TYPE "public"."enum_journalists_languages";
  DROP TYPE "public"."enum_journalists_consent";
  DROP TYPE "public"."enum_journalists_consent_source";
  DROP TYPE "public"."enum_mailing_lists_languages";
  DROP TYPE "public"."enum_deliveries_kind";
  DROP TYPE "public"."enum_deliveries_locale";
  DROP TYPE "public"."enum_deliveries_status";`)
}
