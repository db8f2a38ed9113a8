import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`release_journalist_kind_idx\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`edition\` text DEFAULT 'first';`)
  await db.run(sql`CREATE UNIQUE INDEX \`release_journalist_kind_edition_idx\` ON \`deliveries\` (\`release_id\`,\`journalist_id\`,\`kind\`,\`edition\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`release_journalist_kind_edition_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`release_journalist_kind_idx\` ON \`deliveries\` (\`release_id\`,\`journalist_id\`,\`kind\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`edition\`;`)
}
