// The emergency notice and the freeze (press-office settings). Added column by column: the
// generated statement rebuilt the table and copied the new columns from the old one. Deliveries'
// new kind and reason code need nothing here (SQLite keeps a select as text).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`emergency_active\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`emergency_kind\` text DEFAULT 'emergency' NOT NULL;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`emergency_since\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`freeze_active\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`freeze_reason\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`freeze_since\` text;`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`freeze_lifted_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`emergency_heading\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`emergency_text\` text;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` ADD \`emergency_link\` text;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`emergency_active\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`emergency_kind\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`emergency_since\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`freeze_active\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`freeze_reason\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`freeze_since\`;`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`freeze_lifted_at\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`emergency_heading\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`emergency_text\`;`)
  await db.run(sql`ALTER TABLE \`press_office_locales\` DROP COLUMN \`emergency_link\`;`)
}
