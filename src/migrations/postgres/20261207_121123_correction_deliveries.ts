import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_deliveries_kind" ADD VALUE 'correction';
  DROP INDEX "release_journalist_kind_idx";
  ALTER TABLE "deliveries" ADD COLUMN "edition" varchar DEFAULT 'first';
  CREATE UNIQUE INDEX "release_journalist_kind_edition_idx" ON "deliveries" USING btree ("release_id","journalist_id","kind","edition");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_deliveries_kind";
  CREATE TYPE "public"."enum_deliveries_kind" AS ENUM('publication', 'pre-delivery', 'urgent');
  ALTER TABLE "deliveries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_deliveries_kind" USING "kind"::"public"."enum_deliveries_kind";
  DROP INDEX "release_journalist_kind_edition_idx";
  CREATE UNIQUE INDEX "release_journalist_kind_idx" ON "deliveries" USING btree ("release_id","journalist_id","kind");
  ALTER TABLE "deliveries" DROP COLUMN "edition";`)
}
