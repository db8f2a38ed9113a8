import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_releases_change_kind" AS ENUM('minor', 'update', 'correction');
  CREATE TYPE "public"."enum__press_releases_v_version_change_kind" AS ENUM('minor', 'update', 'correction');
  ALTER TABLE "press_releases" ADD COLUMN "change_kind" "enum_press_releases_change_kind";
  ALTER TABLE "press_releases" ADD COLUMN "change_notes" jsonb;
  ALTER TABLE "press_releases" ADD COLUMN "last_major_change_at" timestamp(3) with time zone;
  ALTER TABLE "press_releases_locales" ADD COLUMN "change_note" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_change_kind" "enum__press_releases_v_version_change_kind";
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_change_notes" jsonb;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_last_major_change_at" timestamp(3) with time zone;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_change_note" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" DROP COLUMN "change_kind";
  ALTER TABLE "press_releases" DROP COLUMN "change_notes";
  ALTER TABLE "press_releases" DROP COLUMN "last_major_change_at";
  ALTER TABLE "press_releases_locales" DROP COLUMN "change_note";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_change_kind";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_change_notes";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_last_major_change_at";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_change_note";
  DROP TYPE "public"."enum_press_releases_change_kind";
  DROP TYPE "public"."enum__press_releases_v_version_change_kind";`)
}
