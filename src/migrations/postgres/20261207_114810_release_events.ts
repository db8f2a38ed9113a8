import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_release_events_kind" AS ENUM('published', 'minor', 'update', 'correction', 'correction-sent', 'withdrawn', 'unwithdrawn', 'superseded', 'error');
  CREATE TABLE "release_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"release_id" integer,
  	"kind" "enum_release_events_kind" NOT NULL,
  	"superseded_by_id" integer,
  	"actor_id" varchar,
  	"actor_name" varchar,
  	"recipients" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "release_events_locales" (
  	"note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "release_events_id" integer;
  ALTER TABLE "release_events" ADD CONSTRAINT "release_events_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "release_events" ADD CONSTRAINT "release_events_superseded_by_id_press_releases_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "release_events_locales" ADD CONSTRAINT "release_events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."release_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "release_events_at_idx" ON "release_events" USING btree ("at");
  CREATE INDEX "release_events_release_idx" ON "release_events" USING btree ("release_id");
  CREATE INDEX "release_events_kind_idx" ON "release_events" USING btree ("kind");
  CREATE INDEX "release_events_superseded_by_idx" ON "release_events" USING btree ("superseded_by_id");
  CREATE INDEX "release_events_updated_at_idx" ON "release_events" USING btree ("updated_at");
  CREATE INDEX "release_events_created_at_idx" ON "release_events" USING btree ("created_at");
  CREATE UNIQUE INDEX "release_events_locales_locale_parent_id_unique" ON "release_events_locales" USING btree ("_locale","_parent_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_release_events_fk" FOREIGN KEY ("release_events_id") REFERENCES "public"."release_events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_release_events_id_idx" ON "payload_locked_documents_rels" USING btree ("release_events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "release_events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "release_events_locales" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "release_events" CASCADE;
  DROP TABLE "release_events_locales" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_release_events_fk";
  
  DROP INDEX "payload_locked_documents_rels_release_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "release_events_id";
  DROP TYPE "public"."enum_release_events_kind";`)
}
