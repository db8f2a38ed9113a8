import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// Data only: a release "for immediate publication" has no embargo time (clearEmbargoOfImmediate).
// Before that hook, switching the type left the time behind and kept the release hidden.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`UPDATE \`press_releases\` SET \`embargo_until\` = NULL WHERE \`release_type\` = 'immediate' AND \`embargo_until\` IS NOT NULL;`,
  )
  await db.run(
    sql`UPDATE \`_press_releases_v\` SET \`version_embargo_until\` = NULL WHERE \`version_release_type\` = 'immediate' AND \`version_embargo_until\` IS NOT NULL;`,
  )
}

// The cleared times contradicted the type and are not restored.
export async function down(_args: MigrateDownArgs): Promise<void> {}
