import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Relationship columns added to an existing SQLite table (`ALTER TABLE … ADD … REFERENCES t(id)`,
// as drizzle writes them) got no ON DELETE action, so SQLite enforced NO ACTION where the config
// asks for SET NULL (CASCADE in payload_locked_documents_rels): a user who had confirmed a
// journalist, submitted a review or forced a publication, a contact named responsible for a
// release, a release superseding another could not be deleted ("FOREIGN KEY constraint failed").
// PostgreSQL got the actions from its ADD CONSTRAINT statements. Each table is rebuilt from its
// own definition with the action added, keeping everything else (AUTOINCREMENT, hand-made
// indexes); foreign keys off, as in 20261207_061912_token_keys, so the DROP cascades to nothing.
const actions = {
  press_releases: 'set null',
  _press_releases_v: 'set null',
  press_packs: 'set null',
  _press_packs_v: 'set null',
  journalists: 'set null',
  payload_locked_documents_rels: 'cascade',
} as const

const inlineReference = /REFERENCES (\w+)\(id\)(?! ON)/g

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  for (const [table, action] of Object.entries(actions)) {
    const schema = (await db.all(
      sql`SELECT type, sql FROM sqlite_master WHERE tbl_name = ${table} AND sql IS NOT NULL`,
    )) as { type: string; sql: string }[]
    const create = schema.find((s) => s.type === 'table')!.sql
    // A table renamed into place (journalists) has its name in double quotes.
    const head = new RegExp(`^CREATE TABLE [\`"]${table}[\`"]`)
    if (!head.test(create)) throw new Error(`${table}: unexpected definition`)
    const rebuilt = create
      .replace(head, `CREATE TABLE \`__new_${table}\``)
      .replace(inlineReference, `REFERENCES \`$1\`(\`id\`) ON UPDATE no action ON DELETE ${action}`)
    await db.run(sql.raw(rebuilt))
    await db.run(sql.raw(`INSERT INTO \`__new_${table}\` SELECT * FROM \`${table}\`;`))
    await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`))
    for (const index of schema.filter((s) => s.type === 'index')) await db.run(sql.raw(index.sql))
  }
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down(_args: MigrateDownArgs): Promise<void> {
  // Nothing to undo: the earlier migrations' columns are the same, only their actions are right.
}
