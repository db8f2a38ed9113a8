import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Easy-to-read text per release and language; the accessibility statement's office settings.
// Written from the generated diff, keeping only these columns (the diff also carried columns
// earlier hand-written migrations had already added).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TYPE "public"."enum_press_office_accessibility_status" AS ENUM('full', 'partial', 'none');
  ALTER TABLE "press_releases_locales" ADD COLUMN "easy_read" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_easy_read" varchar;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_published_on" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_updated_on" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_status" "enum_press_office_accessibility_status" DEFAULT 'partial';
  ALTER TABLE "press_office" ADD COLUMN "accessibility_prepared_on" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_reviewed_on" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_contact_person" varchar;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_contact_email" varchar;
  ALTER TABLE "press_office" ADD COLUMN "accessibility_contact_phone" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "accessibility_body_name" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "accessibility_not_accessible" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "accessibility_architecture" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "accessibility_mobile_apps" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "press_releases_locales" DROP COLUMN "easy_read";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_easy_read";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_published_on";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_updated_on";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_status";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_prepared_on";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_reviewed_on";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_contact_person";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_contact_email";
  ALTER TABLE "press_office" DROP COLUMN "accessibility_contact_phone";
  ALTER TABLE "press_office_locales" DROP COLUMN "accessibility_body_name";
  ALTER TABLE "press_office_locales" DROP COLUMN "accessibility_not_accessible";
  ALTER TABLE "press_office_locales" DROP COLUMN "accessibility_architecture";
  ALTER TABLE "press_office_locales" DROP COLUMN "accessibility_mobile_apps";
  DROP TYPE "public"."enum_press_office_accessibility_status";`)
}
