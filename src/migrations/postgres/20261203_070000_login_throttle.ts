import { type MigrateDownArgs, type MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The sign-in throttle (src/access/loginThrottle.ts): one row per client and address, shared by
// every instance on the database. Outside Payload's schema on purpose: no collection, no API.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE IF NOT EXISTS "pressroom_login_throttle" (
  	"key" text PRIMARY KEY NOT NULL,
  	"attempts" integer DEFAULT 0 NOT NULL,
  	"locked_until" bigint DEFAULT 0 NOT NULL,
  	"last_at" bigint DEFAULT 0 NOT NULL
  );`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE IF EXISTS "pressroom_login_throttle";`)
}
