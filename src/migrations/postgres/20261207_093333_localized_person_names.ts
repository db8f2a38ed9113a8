import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// A person's name per language: the one name moves into every language row the person has
// (each has one, for the localized role), so nothing changes for existing people until an
// editor writes, say, the Ukrainian form. Nullable: a language without one falls back to Polish. Written by hand: the generated diff also carried
// unrelated changes the snapshot had drifted on.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "people_locales" ADD COLUMN "name" varchar;
  UPDATE "people_locales" SET "name" = "people"."name" FROM "people" WHERE "people"."id" = "people_locales"."_parent_id";
  ALTER TABLE "people" DROP COLUMN "name";`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  ALTER TABLE "people" ADD COLUMN "name" varchar;
  UPDATE "people" SET "name" = COALESCE((SELECT "name" FROM "people_locales" WHERE "_parent_id" = "people"."id" ORDER BY "_locale" = 'pl' DESC LIMIT 1), '');
  ALTER TABLE "people" ALTER COLUMN "name" SET NOT NULL;
  ALTER TABLE "people_locales" DROP COLUMN "name";`)
}
