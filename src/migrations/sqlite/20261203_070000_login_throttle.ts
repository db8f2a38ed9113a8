import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'

// The sign-in throttle (src/access/loginThrottle.ts): one row per client and address, shared by
// every process on the database. Outside Payload's schema on purpose: no collection, no API.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE IF NOT EXISTS \`pressroom_login_throttle\` (
  	\`key\` text PRIMARY KEY NOT NULL,
  	\`attempts\` integer DEFAULT 0 NOT NULL,
  	\`locked_until\` integer DEFAULT 0 NOT NULL,
  	\`last_at\` integer DEFAULT 0 NOT NULL
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE IF EXISTS \`pressroom_login_throttle\`;`)
}
