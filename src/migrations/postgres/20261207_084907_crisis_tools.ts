// The emergency notice and the freeze (press-office settings), urgent deliveries and the reason
// for mail cancelled after a freeze. Written from `migrate:create`, keeping only these changes.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_press_office_emergency_kind" AS ENUM('emergency', 'local', 'mourning');
  ALTER TYPE "public"."enum_deliveries_kind" ADD VALUE 'urgent';
  ALTER TYPE "public"."enum_deliveries_reason_code" ADD VALUE 'cancelled-after-freeze';
  ALTER TABLE "press_office" ADD COLUMN "emergency_active" boolean DEFAULT false;
  ALTER TABLE "press_office" ADD COLUMN "emergency_kind" "enum_press_office_emergency_kind" DEFAULT 'emergency' NOT NULL;
  ALTER TABLE "press_office" ADD COLUMN "emergency_since" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "freeze_active" boolean DEFAULT false;
  ALTER TABLE "press_office" ADD COLUMN "freeze_reason" varchar;
  ALTER TABLE "press_office" ADD COLUMN "freeze_since" timestamp(3) with time zone;
  ALTER TABLE "press_office" ADD COLUMN "freeze_lifted_at" timestamp(3) with time zone;
  ALTER TABLE "press_office_locales" ADD COLUMN "emergency_heading" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "emergency_text" varchar;
  ALTER TABLE "press_office_locales" ADD COLUMN "emergency_link" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "deliveries" ALTER COLUMN "kind" SET DATA TYPE text;
  DROP TYPE "public"."enum_deliveries_kind";
  CREATE TYPE "public"."enum_deliveries_kind" AS ENUM('publication', 'pre-delivery');
  ALTER TABLE "deliveries" ALTER COLUMN "kind" SET DATA TYPE "public"."enum_deliveries_kind" USING "kind"::"public"."enum_deliveries_kind";
  ALTER TABLE "deliveries" ALTER COLUMN "reason_code" SET DATA TYPE text;
  DROP TYPE "public"."enum_deliveries_reason_code";
  CREATE TYPE "public"."enum_deliveries_reason_code" AS ENUM('no-language', 'not-embargo-trusted', 'link-revoked', 'consent-pending', 'unsubscribed', 'journalist-deleted', 'no-published-version', 'message-failed', 'retrying', 'smtp-refused', 'gave-up');
  ALTER TABLE "deliveries" ALTER COLUMN "reason_code" SET DATA TYPE "public"."enum_deliveries_reason_code" USING "reason_code"::"public"."enum_deliveries_reason_code";
  ALTER TABLE "press_office" DROP COLUMN "emergency_active";
  ALTER TABLE "press_office" DROP COLUMN "emergency_kind";
  ALTER TABLE "press_office" DROP COLUMN "emergency_since";
  ALTER TABLE "press_office" DROP COLUMN "freeze_active";
  ALTER TABLE "press_office" DROP COLUMN "freeze_reason";
  ALTER TABLE "press_office" DROP COLUMN "freeze_since";
  ALTER TABLE "press_office" DROP COLUMN "freeze_lifted_at";
  ALTER TABLE "press_office_locales" DROP COLUMN "emergency_heading";
  ALTER TABLE "press_office_locales" DROP COLUMN "emergency_text";
  ALTER TABLE "press_office_locales" DROP COLUMN "emergency_link";
  DROP TYPE "public"."enum_press_office_emergency_kind";`)
}
