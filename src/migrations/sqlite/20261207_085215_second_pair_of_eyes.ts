import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

// The second pair of eyes (src/review): the office setting, each release's and pack's review
// state, forced-publication record and writers (in the documents and their versions), and the
// review comments. Generated, then trimmed by hand: drizzle rebuilt press_office to drop the
// timezone column's SQL default (kept on purpose, see src/globals/PressOffice.ts) and dropped the
// login-throttle columns its snapshot does not know (20261203_070000_login_throttle).

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`review_comments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`release_id\` integer,
  	\`pack_id\` integer,
  	\`version\` text,
  	\`comment\` text NOT NULL,
  	\`author_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`pack_id\`) REFERENCES \`press_packs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`review_comments_release_idx\` ON \`review_comments\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_pack_idx\` ON \`review_comments\` (\`pack_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_author_idx\` ON \`review_comments\` (\`author_id\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_updated_at_idx\` ON \`review_comments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`review_comments_created_at_idx\` ON \`review_comments\` (\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`press_office\` ADD \`second_pair_of_eyes\` integer DEFAULT true;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`forced_publication_reason\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`forced_publication_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`forced_publication_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`forced_publication_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`forced_publication_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_releases\` ADD \`written_by\` text;`)
  await db.run(sql`CREATE INDEX \`press_releases_review_review_submitted_by_idx\` ON \`press_releases\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_forced_publication_forced_publication_by_idx\` ON \`press_releases\` (\`forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_releases_forced_publication_forced_publication_app_idx\` ON \`press_releases\` (\`forced_publication_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_forced_publication_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_forced_publication_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_forced_publication_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_forced_publication_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_forced_publication_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_releases_v\` ADD \`version_written_by\` text;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_review_version_review_submitte_idx\` ON \`_press_releases_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_forced_publication_version_for_idx\` ON \`_press_releases_v\` (\`version_forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_forced_publication_version_f_1_idx\` ON \`_press_releases_v\` (\`version_forced_publication_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`forced_publication_reason\` text;`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`forced_publication_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`forced_publication_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`forced_publication_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`forced_publication_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`press_packs\` ADD \`written_by\` text;`)
  await db.run(sql`CREATE INDEX \`press_packs_review_review_submitted_by_idx\` ON \`press_packs\` (\`review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_packs_forced_publication_forced_publication_by_idx\` ON \`press_packs\` (\`forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`press_packs_forced_publication_forced_publication_approv_idx\` ON \`press_packs\` (\`forced_publication_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_review_state\` text DEFAULT 'none';`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_review_submitted_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_forced_publication_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_forced_publication_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_forced_publication_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_forced_publication_approved_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_forced_publication_approved_at\` text;`)
  await db.run(sql`ALTER TABLE \`_press_packs_v\` ADD \`version_written_by\` text;`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_review_version_review_submitted_b_idx\` ON \`_press_packs_v\` (\`version_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_forced_publication_version_forced_idx\` ON \`_press_packs_v\` (\`version_forced_publication_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_forced_publication_version_forc_1_idx\` ON \`_press_packs_v\` (\`version_forced_publication_approved_by_id\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`review_comments_id\` integer REFERENCES review_comments(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_review_comments_id_idx\` ON \`payload_locked_documents_rels\` (\`review_comments_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`review_comments\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_press_releases\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`place\` text DEFAULT 'Kraków',
  	\`date\` text,
  	\`slug\` text,
  	\`release_type\` text DEFAULT 'immediate',
  	\`embargo_until\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_releases\`("id", "place", "date", "slug", "release_type", "embargo_until", "updated_at", "created_at", "_status") SELECT "id", "place", "date", "slug", "release_type", "embargo_until", "updated_at", "created_at", "_status" FROM \`press_releases\`;`)
  await db.run(sql`DROP TABLE \`press_releases\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_releases\` RENAME TO \`press_releases\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_releases_slug_idx\` ON \`press_releases\` (\`slug\`);`)
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
  	\`version_release_type\` text DEFAULT 'immediate',
  	\`version_embargo_until\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_releases_v\`("id", "parent_id", "version_place", "version_date", "version_slug", "version_release_type", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_place", "version_date", "version_slug", "version_release_type", "version_embargo_until", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_releases_v\`;`)
  await db.run(sql`DROP TABLE \`_press_releases_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_releases_v\` RENAME TO \`_press_releases_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_parent_idx\` ON \`_press_releases_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_slug_idx\` ON \`_press_releases_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_embargo_until_idx\` ON \`_press_releases_v\` (\`version_embargo_until\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_updated_at_idx\` ON \`_press_releases_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version_created_at_idx\` ON \`_press_releases_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_version_version__status_idx\` ON \`_press_releases_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_created_at_idx\` ON \`_press_releases_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_updated_at_idx\` ON \`_press_releases_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_snapshot_idx\` ON \`_press_releases_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_published_locale_idx\` ON \`_press_releases_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_releases_v_latest_idx\` ON \`_press_releases_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_press_packs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`date\` text,
  	\`cover_image_id\` integer,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_press_packs\`("id", "date", "cover_image_id", "slug", "updated_at", "created_at", "_status") SELECT "id", "date", "cover_image_id", "slug", "updated_at", "created_at", "_status" FROM \`press_packs\`;`)
  await db.run(sql`DROP TABLE \`press_packs\`;`)
  await db.run(sql`ALTER TABLE \`__new_press_packs\` RENAME TO \`press_packs\`;`)
  await db.run(sql`CREATE INDEX \`press_packs_cover_image_idx\` ON \`press_packs\` (\`cover_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`press_packs_slug_idx\` ON \`press_packs\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`press_packs_updated_at_idx\` ON \`press_packs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`press_packs_created_at_idx\` ON \`press_packs\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`press_packs__status_idx\` ON \`press_packs\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__press_packs_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_date\` text,
  	\`version_cover_image_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`press_packs\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__press_packs_v\`("id", "parent_id", "version_date", "version_cover_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_date", "version_cover_image_id", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_press_packs_v\`;`)
  await db.run(sql`DROP TABLE \`_press_packs_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__press_packs_v\` RENAME TO \`_press_packs_v\`;`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_parent_idx\` ON \`_press_packs_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_version_cover_image_idx\` ON \`_press_packs_v\` (\`version_cover_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_version_slug_idx\` ON \`_press_packs_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_version_updated_at_idx\` ON \`_press_packs_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_version_created_at_idx\` ON \`_press_packs_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_version_version__status_idx\` ON \`_press_packs_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_created_at_idx\` ON \`_press_packs_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_updated_at_idx\` ON \`_press_packs_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_snapshot_idx\` ON \`_press_packs_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_published_locale_idx\` ON \`_press_packs_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_press_packs_v_latest_idx\` ON \`_press_packs_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`press_releases_id\` integer,
  	\`quotes_id\` integer,
  	\`people_id\` integer,
  	\`boilerplates_id\` integer,
  	\`press_contacts_id\` integer,
  	\`media_id\` integer,
  	\`press_packs_id\` integer,
  	\`users_id\` integer,
  	\`journalists_id\` integer,
  	\`mailing_lists_id\` integer,
  	\`deliveries_id\` integer,
  	\`link_uses_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`boilerplates_id\`) REFERENCES \`boilerplates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_contacts_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_packs_id\`) REFERENCES \`press_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`mailing_lists_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_uses_id\`) REFERENCES \`link_uses\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id", "journalists_id", "mailing_lists_id", "deliveries_id", "link_uses_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id", "journalists_id", "mailing_lists_id", "deliveries_id", "link_uses_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_releases_id_idx\` ON \`payload_locked_documents_rels\` (\`press_releases_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_quotes_id_idx\` ON \`payload_locked_documents_rels\` (\`quotes_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_people_id_idx\` ON \`payload_locked_documents_rels\` (\`people_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_boilerplates_id_idx\` ON \`payload_locked_documents_rels\` (\`boilerplates_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_contacts_id_idx\` ON \`payload_locked_documents_rels\` (\`press_contacts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_press_packs_id_idx\` ON \`payload_locked_documents_rels\` (\`press_packs_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailing_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`link_uses_id\`);`)
  await db.run(sql`ALTER TABLE \`press_office\` DROP COLUMN \`second_pair_of_eyes\`;`)
}
