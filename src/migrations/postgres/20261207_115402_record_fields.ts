import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" ADD COLUMN "responsible_person_id" integer;
  ALTER TABLE "press_releases" ADD COLUMN "first_published_by" varchar;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_responsible_person_id" integer;
  ALTER TABLE "_press_releases_v" ADD COLUMN "version_first_published_by" varchar;
  ALTER TABLE "press_office" ADD COLUMN "record_in_documents" boolean DEFAULT true;
  ALTER TABLE "press_releases" ADD CONSTRAINT "press_releases_responsible_person_id_press_contacts_id_fk" FOREIGN KEY ("responsible_person_id") REFERENCES "public"."press_contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_press_releases_v" ADD CONSTRAINT "_press_releases_v_version_responsible_person_id_press_contacts_id_fk" FOREIGN KEY ("version_responsible_person_id") REFERENCES "public"."press_contacts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "press_releases_responsible_person_idx" ON "press_releases" USING btree ("responsible_person_id");
  CREATE INDEX "_press_releases_v_version_version_responsible_person_idx" ON "_press_releases_v" USING btree ("version_responsible_person_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "press_releases" DROP CONSTRAINT "press_releases_responsible_person_id_press_contacts_id_fk";
  
  ALTER TABLE "_press_releases_v" DROP CONSTRAINT "_press_releases_v_version_responsible_person_id_press_contacts_id_fk";
  
  DROP INDEX "press_releases_responsible_person_idx";
  DROP INDEX "_press_releases_v_version_version_responsible_person_idx";
  ALTER TABLE "press_releases" DROP COLUMN "responsible_person_id";
  ALTER TABLE "press_releases" DROP COLUMN "first_published_by";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_responsible_person_id";
  ALTER TABLE "_press_releases_v" DROP COLUMN "version_first_published_by";
  ALTER TABLE "press_office" DROP COLUMN "record_in_documents";`)
}
