import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

// Who on the staff confirmed a journalist's consent (src/collections/Journalists), and each row's own token key (src/distribution/token.ts). Ids here come from sequences, which never
// hand an id out twice. Rows that existed before get a `legacy-` key: tokens already sent for
// them keep working (token.ts says when).
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "journalists" ADD COLUMN "confirmed_by_id" integer;
  ALTER TABLE "journalists" ADD CONSTRAINT "journalists_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "journalists_confirmed_by_idx" ON "journalists" USING btree ("confirmed_by_id");
  ALTER TABLE "journalists" ADD COLUMN "token_key" varchar;
  ALTER TABLE "deliveries" ADD COLUMN "token_key" varchar;
  UPDATE "journalists" SET "token_key" = 'legacy-' || md5(random()::text || clock_timestamp()::text || "id");
  UPDATE "deliveries" SET "token_key" = 'legacy-' || md5(random()::text || clock_timestamp()::text || "id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "journalists" DROP CONSTRAINT "journalists_confirmed_by_id_users_id_fk";
  DROP INDEX "journalists_confirmed_by_idx";
  ALTER TABLE "journalists" DROP COLUMN "confirmed_by_id";
  ALTER TABLE "journalists" DROP COLUMN "token_key";
  ALTER TABLE "deliveries" DROP COLUMN "token_key";`)
}
