import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// The headline an import made from the first sentence, kept while it is still the headline
// (src/collections/PressReleases, provisionalHeadline).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "press_releases_locales" ADD COLUMN "provisional_headline" varchar;
  ALTER TABLE "_press_releases_v_locales" ADD COLUMN "version_provisional_headline" varchar;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "press_releases_locales" DROP COLUMN "provisional_headline";
  ALTER TABLE "_press_releases_v_locales" DROP COLUMN "version_provisional_headline";`)
}
