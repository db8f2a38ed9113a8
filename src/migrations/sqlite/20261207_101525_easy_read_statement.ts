import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Easy-to-read text per release and language; the accessibility statement's office settings.
// Written from the generated diff, keeping only these columns (the diff also carried columns
// earlier hand-written migrations had already added).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`easy_read\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_easy_read\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_published_on\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_updated_on\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_status\` text DEFAULT 'partial';`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_prepared_on\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_reviewed_on\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_contact_person\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_contact_email\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`accessibility_contact_phone\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`accessibility_body_name\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`accessibility_not_accessible\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`accessibility_architecture\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`accessibility_mobile_apps\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`easy_read\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_easy_read\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_published_on\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_updated_on\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_status\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_prepared_on\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_reviewed_on\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_contact_person\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_contact_email\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`accessibility_contact_phone\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`accessibility_body_name\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`accessibility_not_accessible\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`accessibility_architecture\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`accessibility_mobile_apps\`;`)
}
