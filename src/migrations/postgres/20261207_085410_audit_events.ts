// The audit trail (issue 23): its table, and its column in Payload's document locks.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_events_action" AS ENUM('create', 'publish', 'change-published', 'unpublish', 'delete', 'embargo', 'schedule', 'cancel-schedule', 'scheduled-publish', 'submit', 'return', 'force-publish', 'approve-forced', 'quote-approved', 'quote-rejected', 'distribution-sent', 'links-revoked', 'user-created', 'role-changed', 'journalist-exported', 'journalist-erased', 'login-lockout');
  CREATE TYPE "public"."enum_audit_events_actor_kind" AS ENUM('user', 'job', 'system', 'client');
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"day" varchar,
  	"action" "enum_audit_events_action" NOT NULL,
  	"actor_kind" "enum_audit_events_actor_kind" NOT NULL,
  	"actor_id" varchar,
  	"actor_name" varchar,
  	"doc_collection" varchar,
  	"doc_id" varchar,
  	"doc_title" varchar,
  	"version_id" varchar,
  	"summary" varchar,
  	"changes" jsonb,
  	"reason" varchar,
  	"detail" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_events_id" integer;
  CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at");
  CREATE INDEX "audit_events_day_idx" ON "audit_events" USING btree ("day");
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  CREATE INDEX "audit_events_actor_id_idx" ON "audit_events" USING btree ("actor_id");
  CREATE INDEX "audit_events_doc_id_idx" ON "audit_events" USING btree ("doc_id");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_events" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_events" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_audit_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_events_id";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_audit_events_actor_kind";`)
}
