import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { searchTextOf } from '../../collections/PressReleases/hooks/maintainSearchText'

type Row = { id: number; headline: string | null; lead: string | null; body: unknown }

// Releases saved before the search text existed have none: the newsroom's search could not find them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const { rows } = await db.execute(
    sql`SELECT id, headline, lead, body FROM press_releases_locales WHERE search_text IS NULL OR search_text = ''`,
  )
  for (const row of rows as Row[]) {
    await db.execute(sql`UPDATE press_releases_locales SET search_text = ${searchTextOf(row)} WHERE id = ${row.id}`)
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the column stays, and the text is what any save would have written.
}
