import type { Payload } from 'payload'

/**
 * A version row, once written, is never changed: an update always writes a new version.
 *
 * Payload 3.90's `saveVersion` (payload/dist/versions/saveVersion.js) rewrites the newest version
 * row in place through `updateLatestVersion` when a save carries `unpublishAllLocales` (or
 * `autosave`, on a collection with autosave); that rewrote a version an editor had scheduled, or
 * the published snapshot, with someone else's text. `updateLatestVersion` writes only through
 * `payload.db.updateVersion` / `updateGlobalVersion` and, when these return nothing,
 * `saveVersion` creates a new version instead. So both write nothing here (nothing else in
 * Payload 3.90 calls them but a blocks-to-JSON migration helper this app does not use).
 * "writes an editor's unpublishAllLocales save as a new version, never over the published
 * snapshot" in tests/version-integrity.test.ts fails if an upgrade changes that path, and
 * tests/payload-internals.test.ts fails when Payload no longer asks to rewrite in place.
 */
export const keepVersionsImmutable = (payload: Payload): void => {
  const db = payload.db as unknown as Record<'updateVersion' | 'updateGlobalVersion', unknown>
  db.updateVersion = async () => undefined
  db.updateGlobalVersion = async () => undefined
}
