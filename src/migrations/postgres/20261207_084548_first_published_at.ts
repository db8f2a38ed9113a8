import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// "Public since" reads when a release or pack was first published (fields/firstPublishedAt.ts).
// For documents published before the field existed (unpublished since included): the first
// published version kept, else, for a published one, its own creation (versions beyond
// maxPerDoc are pruned; the oldest kept is the best we know).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const table of ['press_releases', 'press_packs']) {
    const versions = sql.raw(`"_${table}_v"`)
    const main = sql.raw(`"${table}"`)
    await db.execute(sql`
      ALTER TABLE ${main} ADD COLUMN "first_published_at" timestamp(3) with time zone;
      ALTER TABLE ${versions} ADD COLUMN "version_first_published_at" timestamp(3) with time zone;
      UPDATE ${main} m SET "first_published_at" = COALESCE(
        (SELECT MIN(v."created_at") FROM ${versions} v
          WHERE v."parent_id" = m."id" AND v."version__status" = 'published'),
        CASE WHEN m."_status" = 'published' THEN m."created_at" END);
      UPDATE ${versions} v SET "version_first_published_at" = m."first_published_at"
        FROM ${main} m WHERE m."id" = v."parent_id" AND v."created_at" >= m."first_published_at";`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const table of ['press_releases', 'press_packs']) {
    await db.execute(sql`
      ALTER TABLE ${sql.raw(`"${table}"`)} DROP COLUMN "first_published_at";
      ALTER TABLE ${sql.raw(`"_${table}_v"`)} DROP COLUMN "version_first_published_at";`)
  }
}
