import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`city_name\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`accessibility_communication\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`city_name\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`accessibility_communication\`;`)
}
