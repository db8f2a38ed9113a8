import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_office_locales" ADD COLUMN "city_name" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "accessibility_communication" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_office_locales" DROP COLUMN "city_name";
  ALTER TABLE "press_office_locales" DROP COLUMN "accessibility_communication";`)
}
