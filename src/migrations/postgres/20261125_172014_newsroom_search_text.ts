import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" DROP NOT NULL;
  ALTER TABLE "press_releases_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_search_text" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" SET NOT NULL;
  ALTER TABLE "press_releases_locales" DROP COLUMN "search_text";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_search_text";`)
}
