import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// Indexes the reads of one document need at any archive size (issue 10, docs/BENCHMARKS.md):
// Payload reads a document's localized fields by `_parent_id`, but its unique index on these
// tables leads with `_locale`, so every read scanned the whole table (20,000 releases: every row
// of every language); the same for hasMany texts by `parent_id`. And the default list order
// (newest first among the published) in one index, so a page of 10 reads 10 rows instead of
// sorting every public one. Outside Payload's schema: drizzle diffs its snapshots, not the
// database, and never drops them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE INDEX IF NOT EXISTS "press_releases_locales_parent_id_idx" ON "press_releases_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "_press_releases_v_locales_parent_id_idx" ON "_press_releases_v_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "quotes_locales_parent_id_idx" ON "quotes_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "people_locales_parent_id_idx" ON "people_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "boilerplates_locales_parent_id_idx" ON "boilerplates_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "press_contacts_locales_parent_id_idx" ON "press_contacts_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "media_locales_parent_id_idx" ON "media_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "press_packs_locales_parent_id_idx" ON "press_packs_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "_press_packs_v_locales_parent_id_idx" ON "_press_packs_v_locales" ("_parent_id");
   CREATE INDEX IF NOT EXISTS "press_releases_texts_parent_id_idx" ON "press_releases_texts" ("parent_id");
   CREATE INDEX IF NOT EXISTS "_press_releases_v_texts_parent_id_idx" ON "_press_releases_v_texts" ("parent_id");
   CREATE INDEX IF NOT EXISTS "press_releases_status_created_at_idx" ON "press_releases" ("_status", "created_at");
  `)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX IF EXISTS "press_releases_locales_parent_id_idx";
   DROP INDEX IF EXISTS "_press_releases_v_locales_parent_id_idx";
   DROP INDEX IF EXISTS "quotes_locales_parent_id_idx";
   DROP INDEX IF EXISTS "people_locales_parent_id_idx";
   DROP INDEX IF EXISTS "boilerplates_locales_parent_id_idx";
   DROP INDEX IF EXISTS "press_contacts_locales_parent_id_idx";
   DROP INDEX IF EXISTS "media_locales_parent_id_idx";
   DROP INDEX IF EXISTS "press_packs_locales_parent_id_idx";
   DROP INDEX IF EXISTS "_press_packs_v_locales_parent_id_idx";
   DROP INDEX IF EXISTS "press_releases_texts_parent_id_idx";
   DROP INDEX IF EXISTS "_press_releases_v_texts_parent_id_idx";
   DROP INDEX IF EXISTS "press_releases_status_created_at_idx";
  `)
}
