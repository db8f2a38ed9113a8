import type { Payload } from 'payload'

import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'

import { up as upPostgres } from '../../src/migrations/postgres/20261125_165841_clear_embargo_of_immediate'
import { up as upSqlite } from '../../src/migrations/sqlite/20261125_165825_clear_embargo_of_immediate'
import type { User } from '../../src/payload-types'
import { makeRelease, makeUser, withoutSecondPairOfEyes } from '../helpers/content'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'

/** The embargo model on each SQL database: the type clears the time, data included. */
export const embargoModelSuite = (db: TestDatabase) =>
  describe(`the embargo model (${db})`, () => {
    let t: TestPayload
    let payload: Payload
    let editor: User
    beforeAll(async () => {
      t = await bootPayload('embargo-model', db)
      payload = t.payload
      editor = await makeUser(payload, 'editor')
      await withoutSecondPairOfEyes(payload)
    })
    afterAll(async () => t?.destroy())

    /** What an old save left behind: the immediate type with the embargo time still set. */
    const leaveStaleEmbargo = async (id: number, until: string) => {
      const drizzle = payload.db.drizzle as never as {
        run?: (q: unknown) => Promise<unknown>
        execute?: (q: unknown) => Promise<unknown>
      }
      if (db === 'sqlite') {
        await drizzle.run!(
          sqliteSql`UPDATE press_releases SET embargo_until = ${until} WHERE id = ${id}`,
        )
        await drizzle.run!(
          sqliteSql`UPDATE _press_releases_v SET version_embargo_until = ${until} WHERE parent_id = ${id}`,
        )
      } else {
        await drizzle.execute!(
          pgSql`UPDATE press_releases SET embargo_until = ${until} WHERE id = ${id}`,
        )
        await drizzle.execute!(
          pgSql`UPDATE _press_releases_v SET version_embargo_until = ${until} WHERE parent_id = ${id}`,
        )
      }
    }

    it('clears the embargo time left on immediate releases, and only there', async () => {
      const until = new Date(Date.now() + 48 * 3600_000).toISOString()
      const stale = await makeRelease(payload, { _status: 'published' })
      const embargoed = await makeRelease(payload, {
        _status: 'published',
        embargoUntil: until,
      })
      await leaveStaleEmbargo(stale.id, until)
      const hidden = await payload.find({
        collection: 'press-releases',
        where: { id: { equals: stale.id } },
        overrideAccess: false,
      })
      expect(hidden.totalDocs).toBe(0)

      const args = { db: payload.db.drizzle, payload, req: {} } as never
      await (db === 'sqlite' ? upSqlite(args) : upPostgres(args))

      const visible = await payload.find({
        collection: 'press-releases',
        where: { id: { in: [stale.id, embargoed.id] } },
        overrideAccess: false,
      })
      expect(visible.docs.map((d) => d.id)).toEqual([stale.id])
      const versions = await payload.findVersions({
        collection: 'press-releases',
        where: { parent: { equals: stale.id } },
        overrideAccess: true,
      })
      expect(versions.docs.map((v) => v.version.embargoUntil ?? null)).toEqual(
        versions.docs.map(() => null),
      )
      const kept = await payload.findByID({
        collection: 'press-releases',
        id: embargoed.id,
        overrideAccess: true,
      })
      expect(kept.embargoUntil).toBe(until)
    })

    it('makes a release public when an editor switches it to immediate release', async () => {
      const until = new Date(Date.now() + 30 * 3600_000).toISOString()
      const release = await makeRelease(payload, {
        _status: 'published',
        embargoUntil: until,
      })
      const anonymous = () =>
        payload.count({
          collection: 'press-releases',
          where: { id: { equals: release.id } },
          overrideAccess: false,
        })
      expect((await anonymous()).totalDocs).toBe(0)
      const saved = await payload.update({
        collection: 'press-releases',
        id: release.id,
        data: { releaseType: 'immediate' },
        user: editor,
        overrideAccess: false,
      })
      expect(saved.embargoUntil ?? null).toBeNull()
      expect((await anonymous()).totalDocs).toBe(1)
    })

    it('reads the status at the injected moment: embargoed before the lift, published after', async () => {
      const until = new Date(Date.now() + 5 * 3600_000).toISOString()
      const release = await makeRelease(payload, {
        _status: 'published',
        embargoUntil: until,
      })
      const statusAt = async (now: Date) => {
        const doc = await payload.findByID({
          collection: 'press-releases',
          id: release.id,
          user: editor,
          overrideAccess: false,
          context: { now },
        })
        return doc.publicationStatus as { state: string; at: string | null }
      }
      expect(await statusAt(new Date(Date.parse(until) - 60_000))).toMatchObject({
        state: 'embargoed',
        at: until,
      })
      expect(await statusAt(new Date(Date.parse(until) + 60_000))).toMatchObject({
        state: 'published',
        at: null,
      })
    })
  })
