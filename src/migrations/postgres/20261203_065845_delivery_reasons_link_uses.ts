import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_deliveries_reason_code" AS ENUM('no-language', 'not-embargo-trusted', 'link-revoked', 'consent-pending', 'unsubscribed', 'journalist-deleted', 'no-published-version', 'message-failed', 'retrying', 'smtp-refused', 'gave-up');
  CREATE TYPE "public"."enum_link_uses_format" AS ENUM('page', 'pdf', 'html', 'txt');
  CREATE TABLE "link_uses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"delivery_id" integer,
  	"release_id" integer,
  	"at" timestamp(3) with time zone NOT NULL,
  	"format" "enum_link_uses_format" NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  -- Every logged use becomes a row of its own, in the order it was logged.
  INSERT INTO "link_uses" ("delivery_id", "release_id", "at", "format", "updated_at", "created_at")
    SELECT u."_parent_id", d."release_id", u."at", u."format"::"enum_link_uses_format", u."at", u."at"
    FROM "deliveries_link_uses" u JOIN "deliveries" d ON d."id" = u."_parent_id"
    WHERE u."format" IN ('page', 'pdf', 'html', 'txt')
    ORDER BY u."_parent_id", u."_order";
  ALTER TABLE "deliveries_link_uses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "deliveries_link_uses" CASCADE;
  ALTER TABLE "deliveries" ADD COLUMN "reason_code" "enum_deliveries_reason_code";
  ALTER TABLE "deliveries" ADD COLUMN "reason_detail" varchar;
  -- Reasons written before the codes, where the sentence names the code exactly.
  UPDATE "deliveries" SET "reason_code" = 'not-embargo-trusted' WHERE "reason" = 'Not trusted with embargoed material: gets the release at publication only.';
  UPDATE "deliveries" SET "reason_code" = 'link-revoked' WHERE "reason" = 'Link revoked before the message was sent.';
  UPDATE "deliveries" SET "reason_code" = 'consent-pending' WHERE "reason" = 'Consent is pending at sending time.';
  UPDATE "deliveries" SET "reason_code" = 'unsubscribed' WHERE "reason" = 'Consent is unsubscribed at sending time.';
  UPDATE "deliveries" SET "reason_code" = 'journalist-deleted' WHERE "reason" = 'The journalist was deleted.';
  UPDATE "deliveries" SET "reason_code" = 'no-published-version' WHERE "reason" = 'The release has no published version in this language.';
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "link_uses_id" integer;
  ALTER TABLE "link_uses" ADD CONSTRAINT "link_uses_delivery_id_deliveries_id_fk" FOREIGN KEY ("delivery_id") REFERENCES "public"."deliveries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "link_uses" ADD CONSTRAINT "link_uses_release_id_press_releases_id_fk" FOREIGN KEY ("release_id") REFERENCES "public"."press_releases"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "link_uses_delivery_idx" ON "link_uses" USING btree ("delivery_id");
  CREATE INDEX "link_uses_release_idx" ON "link_uses" USING btree ("release_id");
  CREATE INDEX "link_uses_updated_at_idx" ON "link_uses" USING btree ("updated_at");
  CREATE INDEX "link_uses_created_at_idx" ON "link_uses" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_link_uses_fk" FOREIGN KEY ("link_uses_id") REFERENCES "public"."link_uses"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_link_uses_id_idx" ON "payload_locked_documents_rels" USING btree ("link_uses_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "deliveries_link_uses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"format" varchar NOT NULL
  );
  
  INSERT INTO "deliveries_link_uses" ("_order", "_parent_id", "id", "at", "format")
    SELECT row_number() OVER (PARTITION BY "delivery_id" ORDER BY "at", "id"), "delivery_id",
      substr(md5(random()::text), 1, 24), "at", "format"::text
    FROM "link_uses" WHERE "delivery_id" IS NOT NULL;
  ALTER TABLE "link_uses" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "link_uses" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT IF EXISTS "payload_locked_documents_rels_link_uses_fk";
  
  DROP INDEX IF EXISTS "payload_locked_documents_rels_link_uses_id_idx";
  ALTER TABLE "deliveries_link_uses" ADD CONSTRAINT "deliveries_link_uses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."deliveries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "deliveries_link_uses_order_idx" ON "deliveries_link_uses" USING btree ("_order");
  CREATE INDEX "deliveries_link_uses_parent_id_idx" ON "deliveries_link_uses" USING btree ("_parent_id");
  ALTER TABLE "deliveries" DROP COLUMN "reason_code";
  ALTER TABLE "deliveries" DROP COLUMN "reason_detail";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "link_uses_id";
  DROP TYPE "public"."enum_deliveries_reason_code";
  DROP TYPE "public"."enum_link_uses_format";`)
}
