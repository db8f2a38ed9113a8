import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The headline an import made from the first sentence, kept while it is still the headline
// (src/collections/PressReleases, provisionalHeadline).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`provisional_headline\` text;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_provisional_headline\` text;`,
  )
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`provisional_headline\`;`)
  await db.run(
    sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_provisional_headline\`;`,
  )
}
