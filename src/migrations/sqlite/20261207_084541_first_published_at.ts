import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// "Public since" reads when a release or pack was first published (fields/firstPublishedAt.ts).
// For documents published before the field existed (unpublished since included): the first
// published version kept, else, for a published one, its own creation (versions beyond
// maxPerDoc are pruned; the oldest kept is the best we know).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of ['press_releases', 'press_packs']) {
    const versions = sql.raw(`_${table}_v`)
    const main = sql.raw(table)
    await db.run(sql`ALTER TABLE ${main} ADD \`first_published_at\` text;`)
    await db.run(sql`ALTER TABLE ${versions} ADD \`version_first_published_at\` text;`)
    await db.run(sql`UPDATE ${main} SET \`first_published_at\` = COALESCE(
      (SELECT MIN(v.\`created_at\`) FROM ${versions} v
        WHERE v.\`parent_id\` = ${main}.\`id\` AND v.\`version__status\` = 'published'),
      CASE WHEN ${main}.\`_status\` = 'published' THEN ${main}.\`created_at\` END);`)
    await db.run(sql`UPDATE ${versions} SET \`version_first_published_at\` =
      (SELECT m.\`first_published_at\` FROM ${main} m WHERE m.\`id\` = ${versions}.\`parent_id\`)
      WHERE ${versions}.\`created_at\` >=
      (SELECT m.\`first_published_at\` FROM ${main} m WHERE m.\`id\` = ${versions}.\`parent_id\`);`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['press_releases', 'press_packs']) {
    await db.run(sql`ALTER TABLE ${sql.raw(table)} DROP COLUMN \`first_published_at\`;`)
    await db.run(sql`ALTER TABLE ${sql.raw(`_${table}_v`)} DROP COLUMN \`version_first_published_at\`;`)
  }
}
