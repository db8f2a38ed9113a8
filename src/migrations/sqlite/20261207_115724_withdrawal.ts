import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawal_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawal_by\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`withdrawal_superseded_by_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`press_releases_withdrawal_withdrawal_state_idx\` ON \`press_releases\` (\`withdrawal_state\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_withdrawal_withdrawal_superseded_by_idx\` ON \`press_releases\` (\`withdrawal_superseded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` ADD \`withdrawal_note\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawal_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawal_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawal_by\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_withdrawal_superseded_by_id\` integer REFERENCES press_releases(id);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_withdrawal_version_withdrawal__idx\` ON \`_press_releases_v\` (\`version_withdrawal_state\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_withdrawal_version_withdrawa_1_idx\` ON \`_press_releases_v\` (\`version_withdrawal_superseded_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` ADD \`version_withdrawal_note\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`place\` text DEFAULT 'Kraków',
  	\`date\` text,
  	\`slug\` text,
  	\`review_state\` text DEFAULT 'none',
  	\`review_submitted_by_id\` integer,
  	\`review_submitted_at\` text,
  	\`forced_publication_reason\` text,
  	\`forced_publication_by_id\` integer,
  	\`forced_publication_at\` text,
  	\`forced_publication_approved_by_id\` integer,
  	\`forced_publication_approved_at\` text,
  	\`written_by\` text,
  	\`release_type\` text DEFAULT 'immediate',
  	\`embargo_until\` text,
  	\`first_published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_publication_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`forced_publication_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases\`("id", "place", "date", "slug", "review_state", "review_submitted_by_id", "review_submitted_at", "forced_publication_reason", "forced_publication_by_id", "forced_publication_at", "forced_publication_approved_by_id", "forced_publication_approved_at", "written_by", "release_type", "embargo_until", "first_published_at", "updated_at", "created_at", "_status") SELECT "id", "place", "date", "slug", "review_state", "review_submitted_by_id", "review_submitted_at", "forced_publication_reason", "forced_publication_by_id", "forced_publication_at", "forced_publication_approved_by_id", "forced_publication_approved_at", "written_by", "release_type", "embargo_until", "first_published_at", "updated_at", "created_at", "_status" FROM \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_review_review_submitted_by_idx\` ON \`press_releases\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_forced_publication_forced_publication_by_idx\` ON \`press_releases\` (\`forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_forced_publication_forced_publication_app_idx\` ON \`press_releases\` (\`forced_publication_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_embargo_until_idx\` ON \`press_releases\` (\`embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_updated_at_idx\` ON \`press_releases\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_created_at_idx\` ON \`press_releases\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_releases__status_idx\` ON \`press_releases\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_releases_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_place\` text DEFAULT 'Kraków',
  	\`version_date\` text,
  	\`version_slug\` text,
  	\`version_review_state\` text DEFAULT 'none',
  	\`version_review_submitted_by_id\` integer,
  	\`version_review_submitted_at\` text,
  	\`version_forced_publication_reason\` text,
  	\`version_forced_publication_by_id\` integer,
  	\`version_forced_publication_at\` text,
  	\`version_forced_publication_approved_by_id\` integer,
  	\`version_forced_publication_approved_at\` text,
  	\`version_written_by\` text,
  	\`version_release_type\` text DEFAULT 'immediate',
  	\`version_embargo_until\` text,
  	\`version_first_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_submitted_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_publication_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_forced_publication_approved_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_place", "version_date", "version_slug", "version_review_state", "version_review_submitted_by_id", "version_review_submitted_at", "version_forced_publication_reason", "version_forced_publication_by_id", "version_forced_publication_at", "version_forced_publication_approved_by_id", "version_forced_publication_approved_at", "version_written_by", "version_release_type", "version_embargo_until", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_place", "version_date", "version_slug", "version_review_state", "version_review_submitted_by_id", "version_review_submitted_at", "version_forced_publication_reason", "version_forced_publication_by_id", "version_forced_publication_at", "version_forced_publication_approved_by_id", "version_forced_publication_approved_at", "version_written_by", "version_release_type", "version_embargo_until", "version_first_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_review_version_review_submitte_idx\` ON \`_press_releases_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_forced_publication_version_for_idx\` ON \`_press_releases_v\` (\`version_forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_forced_publication_version_f_1_idx\` ON \`_press_releases_v\` (\`version_forced_publication_approved_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`ALTER TABLE \`press_releases_locales\` DROP COLUMN \`withdrawal_note\`;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v_locales\` DROP COLUMN \`version_withdrawal_note\`;`)
}
