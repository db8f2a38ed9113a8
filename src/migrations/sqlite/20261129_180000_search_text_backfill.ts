import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

import { searchTextOf } from '../../collections/PressReleases/hooks/maintainSearchText'

type Row = { id: number; headline: string | null; lead: string | null; body: string | null }

// Releases saved before the search text existed have none: the newsroom's search could not find them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  const rows = await db.all<Row>(
    sql`SELECT id, headline, lead, body FROM press_releases_locales WHERE search_text IS NULL OR search_text = ''`,
  )
  for (const row of rows) {
    await db.run(sql`UPDATE press_releases_locales SET search_text = ${searchTextOf(row)} WHERE id = ${row.id}`)
  }
}

export async function down(_: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the column stays, and the text is what any save would have written.
}
