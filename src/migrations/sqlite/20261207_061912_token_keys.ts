import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// Who on the staff confirmed a journalist's consent (src/collections/Journalists), and each
// row's token key. Tokens in mails name a journalist or a delivery by id (src/distribution/
// token.ts). SQLite gives a new row the highest id + 1, so deleting the newest row handed its id,
// and the tokens naming it, to the next one. AUTOINCREMENT never hands an id out twice; SQLite cannot add it to a table,
// so both tables are rebuilt from their own definitions (foreign keys off, as this adapter runs
// migrations outside a transaction; a DROP with them on would cascade to the child rows). Rows
// that existed before get a `legacy-` key: tokens already sent for them keep working (token.ts).
const rebuilt = ['journalists', 'deliveries'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(
    sql`ALTER TABLE \`journalists\` ADD \`confirmed_by_id\` integer REFERENCES users(id);`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  for (const table of rebuilt) {
    await db.run(sql.raw(`ALTER TABLE \`${table}\` ADD \`token_key\` text;`))
    const schema = (await db.all(
      sql`SELECT type, sql FROM sqlite_master WHERE tbl_name = ${table} AND sql IS NOT NULL`,
    )) as { type: string; sql: string }[]
    const create = schema.find((s) => s.type === 'table')!.sql
    const primaryKey = '`id` integer PRIMARY KEY NOT NULL'
    if (!create.includes(primaryKey)) throw new Error(`${table}: unexpected id column`)
    await db.run(
      sql.raw(
        create
          .replace(`CREATE TABLE \`${table}\``, `CREATE TABLE \`__new_${table}\``)
          .replace(primaryKey, '`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL'),
      ),
    )
    await db.run(sql.raw(`INSERT INTO \`__new_${table}\` SELECT * FROM \`${table}\`;`))
    await db.run(sql.raw(`DROP TABLE \`${table}\`;`))
    await db.run(sql.raw(`ALTER TABLE \`__new_${table}\` RENAME TO \`${table}\`;`))
    for (const index of schema.filter((s) => s.type === 'index')) await db.run(sql.raw(index.sql))
    if (table === 'journalists') {
      await db.run(
        sql`CREATE INDEX \`journalists_confirmed_by_idx\` ON \`journalists\` (\`confirmed_by_id\`);`,
      )
    }
    await db.run(
      sql.raw(`UPDATE \`${table}\` SET \`token_key\` = 'legacy-' || lower(hex(randomblob(16)));`),
    )
  }
  await db.run(sql`PRAGMA foreign_keys=ON;`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  // AUTOINCREMENT stays: taking it away would let ids come back.
  await db.run(sql`DROP INDEX IF EXISTS \`journalists_confirmed_by_idx\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`confirmed_by_id\`;`)
  await db.run(sql`ALTER TABLE \`journalists\` DROP COLUMN \`token_key\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`token_key\`;`)
}
