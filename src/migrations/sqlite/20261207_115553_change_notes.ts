import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`change_notes\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`last_major_change_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`change_note\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_change_kind\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_change_notes\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_last_major_change_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_change_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`change_kind\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`change_notes\`;`)
  await db.run(sql`ALTER TABLE \`press_releases\` DROP COLUMN \`last_major_change_at\`;`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`change_note\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_change_kind\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_change_notes\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` DROP COLUMN \`version_last_major_change_at\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_change_note\`;`)
}
