import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The withdrawal group on releases (issue 24) and the audit trail's withdraw/unwithdraw actions.
// Enum values cannot be dropped: down leaves the two audit actions.
export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_withdrawal_state" AS ENUM('none', 'error', 'superseded', 'withdrawn');
  CREATE TYPE "public"."enum__press_releases_v_version_withdrawal_state" AS ENUM('none', 'error', 'superseded', 'withdrawn');
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'withdraw';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'unwithdraw';
  ALTER TABLE "press_releases" ADD COLUMN "withdrawal_state" "enum_press_releases_withdrawal_state" DEFAULT 'none';
  ALTER TABLE "press_releases" ADD COLUMN "withdrawal_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases" ADD COLUMN "withdrawal_by" varchar;
  ALTER TABLE "press_releases" ADD COLUMN "withdrawal_superseded_by_id" integer;
  ALTER TABLE "press_releases_locales" ADD COLUMN "withdrawal_note" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawal_state" "enum__press_releases_v_version_withdrawal_state" DEFAULT 'none';
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawal_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawal_by" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_withdrawal_superseded_by_id" integer;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_withdrawal_note" varchar;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_withdrawal_superseded_by_id_press_releases_id_fk" FOREIGN KEY ("withdrawal_superseded_by_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_withdrawal_superseded_by_id_press_releases_id_fk" FOREIGN KEY ("version_withdrawal_superseded_by_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "press_releases_withdrawal_withdrawal_state_idx" ON "press_releases" USING btree ("withdrawal_state");
  CREATE INDEX "press_releases_withdrawal_withdrawal_superseded_by_idx" ON "press_releases" USING btree ("withdrawal_superseded_by_id");
  CREATE INDEX "_press_releases_v_version_withdrawal_version_withdrawal__idx" ON "_press_releases_v" USING btree ("version_withdrawal_state");
  CREATE INDEX "_press_releases_v_version_withdrawal_version_withdrawa_1_idx" ON "_press_releases_v" USING btree ("version_withdrawal_superseded_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_withdrawal_superseded_by_id_press_releases_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_withdrawal_superseded_by_id_press_releases_id_fk";
  
  DROP INDEX "press_releases_withdrawal_withdrawal_state_idx";
  DROP INDEX "press_releases_withdrawal_withdrawal_superseded_by_idx";
  DROP INDEX "_press_releases_v_version_withdrawal_version_withdrawal__idx";
  DROP INDEX "_press_releases_v_version_withdrawal_version_withdrawa_1_idx";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawal_state";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawal_at";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawal_by";
  ALTER TABLE "press_releases" DROP COLUMN "withdrawal_superseded_by_id";
  ALTER TABLE "press_releases_locales" DROP COLUMN "withdrawal_note";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawal_state";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawal_at";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawal_by";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_withdrawal_superseded_by_id";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_withdrawal_note";
  DROP TYPE "public"."enum_press_releases_withdrawal_state";
  DROP TYPE "public"."enum__press_releases_v_version_withdrawal_state";`)
}
