import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`journalists_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journalists_languages_order_idx\` ON \`journalists_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`journalists_languages_parent_idx\` ON \`journalists_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`journalists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`outlet\` text,
  	\`embargo_trusted\` integer DEFAULT false,
  	\`consent\` text DEFAULT 'pending' NOT NULL,
  	\`consent_source\` text DEFAULT 'staff' NOT NULL,
  	\`confirmed_at\` text,
  	\`unsubscribed_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`journalists_email_idx\` ON \`journalists\` (\`email\`);`)
  await db.run(sql`CREATE INDEX \`journalists_consent_idx\` ON \`journalists\` (\`consent\`);`)
  await db.run(sql`CREATE INDEX \`journalists_updated_at_idx\` ON \`journalists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`journalists_created_at_idx\` ON \`journalists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`journalists_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`journalists_texts_order_parent\` ON \`journalists_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists_languages\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mailing_lists_languages_order_idx\` ON \`mailing_lists_languages\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_languages_parent_idx\` ON \`mailing_lists_languages\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`mailing_lists_updated_at_idx\` ON \`mailing_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_created_at_idx\` ON \`mailing_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mailing_lists_texts_order_parent\` ON \`mailing_lists_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`mailing_lists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`journalists_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`mailing_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`journalists_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`mailing_lists_rels_order_idx\` ON \`mailing_lists_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_rels_parent_idx\` ON \`mailing_lists_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_rels_path_idx\` ON \`mailing_lists_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`mailing_lists_rels_journalists_id_idx\` ON \`mailing_lists_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries_link_uses\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`at\` text NOT NULL,
  	\`format\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_link_uses_order_idx\` ON \`deliveries_link_uses\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_link_uses_parent_id_idx\` ON \`deliveries_link_uses\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`deliveries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`release_id\` integer NOT NULL,
  	\`journalist_id\` integer NOT NULL,
  	\`kind\` text NOT NULL,
  	\`locale\` text NOT NULL,
  	\`status\` text DEFAULT 'queued' NOT NULL,
  	\`reason\` text,
  	\`attempts\` numeric DEFAULT 0,
  	\`lease_until\` text,
  	\`send_after\` text,
  	\`sent_at\` text,
  	\`message_id\` text,
  	\`link_expires_at\` text,
  	\`revoked_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`journalist_id\`) REFERENCES \`journalists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`deliveries_release_idx\` ON \`deliveries\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_journalist_idx\` ON \`deliveries\` (\`journalist_id\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_status_idx\` ON \`deliveries\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_updated_at_idx\` ON \`deliveries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`deliveries_created_at_idx\` ON \`deliveries\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`release_journalist_kind_idx\` ON \`deliveries\` (\`release_id\`,\`journalist_id\`,\`kind\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`journalists_id\` integer REFERENCES journalists(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`mailing_lists_id\` integer REFERENCES mailing_lists(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`deliveries_id\` integer REFERENCES deliveries(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailing_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`journalists_languages\`;`)
  await db.run(sql`DROP TABLE \`journalists\`;`)
  await db.run(sql`DROP TABLE \`journalists_texts\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists_languages\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists_texts\`;`)
  await db.run(sql`DROP TABLE \`mailing_lists_rels\`;`)
  await db.run(sql`DROP TABLE \`deliveries_link_uses\`;`)
  await db.run(sql`DROP TABLE \`deliveries\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_releases_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`quotes_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`people_id\`) REFERENCES \`people\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`boilerplates_id\`) REFERENCES \`boilerplates\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_contacts_id\`) REFERENCES \`press_contacts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`press_packs_id\`) REFERENCES \`press_packs\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
}
