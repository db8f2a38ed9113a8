import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The second pair of eyes (src/review): the office setting, each release's and pack's review
// state, forced-publication record and writers (in the documents and their versions), and the
// review comments. Generated, then trimmed by hand: drizzle dropped the timezone column's SQL
// default (kept on purpose, see src/globals/PressOffice.ts) and the login-throttle columns its
// snapshot does not know (20261203_070000_login_throttle).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_review_state" AS ENUM('none', 'submitted', 'returned');
  CREATE TYPE "public"."enum__press_releases_v_version_review_state" AS ENUM('none', 'submitted', 'returned');
  CREATE TYPE "public"."enum_press_packs_review_state" AS ENUM('none', 'submitted', 'returned');
  CREATE TYPE "public"."enum__press_packs_v_version_review_state" AS ENUM('none', 'submitted', 'returned');
  CREATE TABLE "review_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"release_id" integer,
  	"pack_id" integer,
  	"version" varchar,
  	"comment" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "press_releases" ADD COLUMN "review_state" "enum_press_releases_review_state" DEFAULT 'none';
  ALTER TABLE "press_releases" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "forced_publication_reason" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "forced_publication_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "forced_publication_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "forced_publication_approved_by_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "forced_publication_approved_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "written_by" jsonb;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_state" "enum__press_releases_v_version_review_state" DEFAULT 'none';
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_forced_publication_reason" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_forced_publication_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_forced_publication_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_forced_publication_approved_by_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_forced_publication_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_written_by" jsonb;
  ALTER TABLE "press_packs" ADD COLUMN "review_state" "enum_press_packs_review_state" DEFAULT 'none';
  ALTER TABLE "press_packs" ADD COLUMN "review_submitted_by_id" integer;
  ALTER TABLE "press_packs" ADD COLUMN "review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "press_packs" ADD COLUMN "forced_publication_reason" varchar;
  ALTER TABLE "press_packs" ADD COLUMN "forced_publication_by_id" integer;
  ALTER TABLE "press_packs" ADD COLUMN "forced_publication_at" timestamp(3) with time zone;
  ALTER TABLE "press_packs" ADD COLUMN "forced_publication_approved_by_id" integer;
  ALTER TABLE "press_packs" ADD COLUMN "forced_publication_approved_at" timestamp(3) with time zone;
  ALTER TABLE "press_packs" ADD COLUMN "written_by" jsonb;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_review_state" "enum__press_packs_v_version_review_state" DEFAULT 'none';
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_review_submitted_by_id" integer;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_forced_publication_reason" varchar;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_forced_publication_by_id" integer;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_forced_publication_at" timestamp(3) with time zone;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_forced_publication_approved_by_id" integer;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_forced_publication_approved_at" timestamp(3) with time zone;
  ALTER TABLE "_press_packs_v" ADD COLUMN "version_written_by" jsonb;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_comments_id" integer;
  ALTER TABLE "press_office" ADD COLUMN "second_pair_of_eyes" boolean DEFAULT true;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_pack_id_press_packs_id_fk" FOREIGN KEY ("pack_id") REFERENCES "public"."press_packs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_comments_release_idx" ON "review_comments" USING btree ("release_id");
  CREATE INDEX "review_comments_pack_idx" ON "review_comments" USING btree ("pack_id");
  CREATE INDEX "review_comments_author_idx" ON "review_comments" USING btree ("author_id");
  CREATE INDEX "review_comments_updated_at_idx" ON "review_comments" USING btree ("updated_at");
  CREATE INDEX "review_comments_created_at_idx" ON "review_comments" USING btree ("created_at");
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_forced_publication_by_id_users_id_fk" FOREIGN KEY ("forced_publication_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_forced_publication_approved_by_id_users_id_fk" FOREIGN KEY ("forced_publication_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_forced_publication_by_id_users_id_fk" FOREIGN KEY ("version_forced_publication_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_forced_publication_approved_by_id_users_id_fk" FOREIGN KEY ("version_forced_publication_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_packs" ADD CONSTRAINT "press_packs_review_submitted_by_id_users_id_fk" FOREIGN KEY ("review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_packs" ADD CONSTRAINT "press_packs_forced_publication_by_id_users_id_fk" FOREIGN KEY ("forced_publication_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "press_packs" ADD CONSTRAINT "press_packs_forced_publication_approved_by_id_users_id_fk" FOREIGN KEY ("forced_publication_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_packs_v" ADD CONSTRAINT "_press_packs_v_version_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_packs_v" ADD CONSTRAINT "_press_packs_v_version_forced_publication_by_id_users_id_fk" FOREIGN KEY ("version_forced_publication_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_packs_v" ADD CONSTRAINT "_press_packs_v_version_forced_publication_approved_by_id_users_id_fk" FOREIGN KEY ("version_forced_publication_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_comments_fk" FOREIGN KEY ("review_comments_id") REFERENCES "public"."review_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "press_releases_review_review_submitted_by_idx" ON "press_releases" USING btree ("review_submitted_by_id");
  CREATE INDEX "press_releases_forced_publication_forced_publication_by_idx" ON "press_releases" USING btree ("forced_publication_by_id");
  CREATE INDEX "press_releases_forced_publication_forced_publication_app_idx" ON "press_releases" USING btree ("forced_publication_approved_by_id");
  CREATE INDEX "_press_releases_v_version_review_version_review_submitte_idx" ON "_press_releases_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_press_releases_v_version_forced_publication_version_for_idx" ON "_press_releases_v" USING btree ("version_forced_publication_by_id");
  CREATE INDEX "_press_releases_v_version_forced_publication_version_f_1_idx" ON "_press_releases_v" USING btree ("version_forced_publication_approved_by_id");
  CREATE INDEX "press_packs_review_review_submitted_by_idx" ON "press_packs" USING btree ("review_submitted_by_id");
  CREATE INDEX "press_packs_forced_publication_forced_publication_by_idx" ON "press_packs" USING btree ("forced_publication_by_id");
  CREATE INDEX "press_packs_forced_publication_forced_publication_approv_idx" ON "press_packs" USING btree ("forced_publication_approved_by_id");
  CREATE INDEX "_press_packs_v_version_review_version_review_submitted_b_idx" ON "_press_packs_v" USING btree ("version_review_submitted_by_id");
  CREATE INDEX "_press_packs_v_version_forced_publication_version_forced_idx" ON "_press_packs_v" USING btree ("version_forced_publication_by_id");
  CREATE INDEX "_press_packs_v_version_forced_publication_version_forc_1_idx" ON "_press_packs_v" USING btree ("version_forced_publication_approved_by_id");
  CREATE INDEX "payload_locked_documents_rels_review_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("review_comments_id");
`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_comments" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_comments" CASCADE;
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_forced_publication_by_id_users_id_fk";
  
  ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_forced_publication_approved_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_forced_publication_by_id_users_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_forced_publication_approved_by_id_users_id_fk";
  
  ALTER TABLE "press_packs" DROP CONSTRAINT "press_packs_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "press_packs" DROP CONSTRAINT "press_packs_forced_publication_by_id_users_id_fk";
  
  ALTER TABLE "press_packs" DROP CONSTRAINT "press_packs_forced_publication_approved_by_id_users_id_fk";
  
  ALTER TABLE "_press_packs_v" DROP CONSTRAINT "_press_packs_v_version_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_press_packs_v" DROP CONSTRAINT "_press_packs_v_version_forced_publication_by_id_users_id_fk";
  
  ALTER TABLE "_press_packs_v" DROP CONSTRAINT "_press_packs_v_version_forced_publication_approved_by_id_users_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_comments_fk";
  
  DROP INDEX "press_releases_review_review_submitted_by_idx";
  DROP INDEX "press_releases_forced_publication_forced_publication_by_idx";
  DROP INDEX "press_releases_forced_publication_forced_publication_app_idx";
  DROP INDEX "_press_releases_v_version_review_version_review_submitte_idx";
  DROP INDEX "_press_releases_v_version_forced_publication_version_for_idx";
  DROP INDEX "_press_releases_v_version_forced_publication_version_f_1_idx";
  DROP INDEX "press_packs_review_review_submitted_by_idx";
  DROP INDEX "press_packs_forced_publication_forced_publication_by_idx";
  DROP INDEX "press_packs_forced_publication_forced_publication_approv_idx";
  DROP INDEX "_press_packs_v_version_review_version_review_submitted_b_idx";
  DROP INDEX "_press_packs_v_version_forced_publication_version_forced_idx";
  DROP INDEX "_press_packs_v_version_forced_publication_version_forc_1_idx";
  DROP INDEX "payload_locked_documents_rels_review_comments_id_idx";
  ALTER TABLE "press_releases" DROP COLUMN "review_state";
  ALTER TABLE "press_releases" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "review_submitted_at";
  ALTER TABLE "press_releases" DROP COLUMN "forced_publication_reason";
  ALTER TABLE "press_releases" DROP COLUMN "forced_publication_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "forced_publication_at";
  ALTER TABLE "press_releases" DROP COLUMN "forced_publication_approved_by_id";
  ALTER TABLE "press_releases" DROP COLUMN "forced_publication_approved_at";
  ALTER TABLE "press_releases" DROP COLUMN "written_by";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_forced_publication_reason";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_forced_publication_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_forced_publication_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_forced_publication_approved_by_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_forced_publication_approved_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_written_by";
  ALTER TABLE "press_packs" DROP COLUMN "review_state";
  ALTER TABLE "press_packs" DROP COLUMN "review_submitted_by_id";
  ALTER TABLE "press_packs" DROP COLUMN "review_submitted_at";
  ALTER TABLE "press_packs" DROP COLUMN "forced_publication_reason";
  ALTER TABLE "press_packs" DROP COLUMN "forced_publication_by_id";
  ALTER TABLE "press_packs" DROP COLUMN "forced_publication_at";
  ALTER TABLE "press_packs" DROP COLUMN "forced_publication_approved_by_id";
  ALTER TABLE "press_packs" DROP COLUMN "forced_publication_approved_at";
  ALTER TABLE "press_packs" DROP COLUMN "written_by";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_review_state";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_review_submitted_by_id";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_review_submitted_at";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_forced_publication_reason";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_forced_publication_by_id";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_forced_publication_at";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_forced_publication_approved_by_id";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_forced_publication_approved_at";
  ALTER TABLE "_press_packs_v" DROP COLUMN "version_written_by";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_comments_id";
  ALTER TABLE "press_office" DROP COLUMN "second_pair_of_eyes";
  DROP TYPE "public"."enum_press_releases_review_state";
  DROP TYPE "public"."enum__press_releases_v_version_review_state";
  DROP TYPE "public"."enum_press_packs_review_state";
  DROP TYPE "public"."enum__press_packs_v_version_review_state";`)
}
