import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The shared content generation (src/render/generation.ts): one row, read on every cached
// request and bumped by every save. Outside Payload's schema on purpose: no collection, no API.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`pressroom_content_generation\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`value\` integer DEFAULT 0 NOT NULL
  );`)
  await db.run(sql`INSERT OR IGNORE INTO \`pressroom_content_generation\` (\`id\`, \`value\`) VALUES (1, 0);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`pressroom_content_generation\`;`)
}
