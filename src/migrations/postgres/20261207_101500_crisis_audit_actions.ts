import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

// The crisis switches go on the audit trail: new values of its action enum. (SQLite keeps the
// action as text and needs no migration.) Enum values cannot be dropped: down leaves them.
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'emergency-on';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'emergency-changed';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'emergency-off';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'freeze-on';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'freeze-off';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'held-decision';
  ALTER TYPE "public"."enum_audit_events_action" ADD VALUE IF NOT EXISTS 'send-to-everyone';`)
}

export async function down(_: MigrateDownArgs): Promise<void> {}
