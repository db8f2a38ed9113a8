import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { backfillPublicFrom } from '../../access/publicFrom'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "users" ALTER COLUMN "role" DROP NOT NULL;
  ALTER TABLE "quotes" ADD COLUMN "public_from" timestamp(3) with time zone;
  ALTER TABLE "people" ADD COLUMN "public_from" timestamp(3) with time zone;
  ALTER TABLE "media" ADD COLUMN "public_from" timestamp(3) with time zone;
  CREATE INDEX "quotes_public_from_idx" ON "quotes" USING btree ("public_from");
  CREATE INDEX "people_public_from_idx" ON "people" USING btree ("public_from");
  CREATE INDEX "media_public_from_idx" ON "media" USING btree ("public_from");`)
  // What was public before the column existed stays public.
  await backfillPublicFrom(req)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "quotes_public_from_idx";
  DROP INDEX "people_public_from_idx";
  DROP INDEX "media_public_from_idx";
  ALTER TABLE "users" ALTER COLUMN "role" SET NOT NULL;
  ALTER TABLE "quotes" DROP COLUMN "public_from";
  ALTER TABLE "people" DROP COLUMN "public_from";
  ALTER TABLE "media" DROP COLUMN "public_from";`)
}
