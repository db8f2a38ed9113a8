import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

const oldReasons = [
  ['not-embargo-trusted', 'Not trusted with embargoed material: gets the release at publication only.'],
  ['link-revoked', 'Link revoked before the message was sent.'],
  ['consent-pending', 'Consent is pending at sending time.'],
  ['unsubscribed', 'Consent is unsubscribed at sending time.'],
  ['journalist-deleted', 'The journalist was deleted.'],
  ['no-published-version', 'The release has no published version in this language.'],
]

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`link_uses\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`delivery_id\` integer,
  	\`release_id\` integer,
  	\`at\` text NOT NULL,
  	\`format\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`delivery_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`release_id\`) REFERENCES \`press_releases\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`link_uses_delivery_idx\` ON \`link_uses\` (\`delivery_id\`);`)
  await db.run(sql`CREATE INDEX \`link_uses_release_idx\` ON \`link_uses\` (\`release_id\`);`)
  await db.run(sql`CREATE INDEX \`link_uses_updated_at_idx\` ON \`link_uses\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`link_uses_created_at_idx\` ON \`link_uses\` (\`created_at\`);`)
  // Every logged use becomes a row of its own, in the order it was logged.
  await db.run(sql`INSERT INTO \`link_uses\` (\`delivery_id\`, \`release_id\`, \`at\`, \`format\`, \`updated_at\`, \`created_at\`)
    SELECT u.\`_parent_id\`, d.\`release_id\`, u.\`at\`, u.\`format\`, u.\`at\`, u.\`at\`
    FROM \`deliveries_link_uses\` u JOIN \`deliveries\` d ON d.\`id\` = u.\`_parent_id\`
    WHERE u.\`format\` IN ('page', 'pdf', 'html', 'txt')
    ORDER BY u.\`_parent_id\`, u.\`_order\`;`)
  await db.run(sql`DROP TABLE \`deliveries_link_uses\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reason_code\` text;`)
  await db.run(sql`ALTER TABLE \`deliveries\` ADD \`reason_detail\` text;`)
  // Reasons written before the codes, where the sentence names the code exactly.
  for (const [code, sentence] of oldReasons) {
    await db.run(sql`UPDATE \`deliveries\` SET \`reason_code\` = ${code} WHERE \`reason\` = ${sentence};`)
  }
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`link_uses_id\` integer REFERENCES link_uses(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_link_uses_id_idx\` ON \`payload_locked_documents_rels\` (\`link_uses_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
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
  await db.run(sql`INSERT INTO \`deliveries_link_uses\` (\`_order\`, \`_parent_id\`, \`id\`, \`at\`, \`format\`)
    SELECT row_number() OVER (PARTITION BY \`delivery_id\` ORDER BY \`at\`, \`id\`), \`delivery_id\`,
      lower(hex(randomblob(12))), \`at\`, \`format\`
    FROM \`link_uses\` WHERE \`delivery_id\` IS NOT NULL;`)
  await db.run(sql`DROP TABLE \`link_uses\`;`)
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
  	\`journalists_id\` integer,
  	\`mailing_lists_id\` integer,
  	\`deliveries_id\` integer,
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
  	FOREIGN KEY (\`deliveries_id\`) REFERENCES \`deliveries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id", "journalists_id", "mailing_lists_id", "deliveries_id") SELECT "id", "order", "parent_id", "path", "press_releases_id", "quotes_id", "people_id", "boilerplates_id", "press_contacts_id", "media_id", "press_packs_id", "users_id", "journalists_id", "mailing_lists_id", "deliveries_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_journalists_id_idx\` ON \`payload_locked_documents_rels\` (\`journalists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_mailing_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`mailing_lists_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_deliveries_id_idx\` ON \`payload_locked_documents_rels\` (\`deliveries_id\`);`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reason_code\`;`)
  await db.run(sql`ALTER TABLE \`deliveries\` DROP COLUMN \`reason_detail\`;`)
}
