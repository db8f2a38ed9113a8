import type { Payload, TypedUser } from 'payload'

import { createLocalReq } from 'payload'

import type { ReleaseEvent, User } from '../../src/payload-types'

import { recordReleaseEvent } from '../../src/record/events'
import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { makeRelease, makeUser, withoutSecondPairOfEyes } from '../helpers/content'

/**
 * The record (metryka) and the register of changes through the Local API: what an event keeps,
 * that nobody rewrites one, and what the register and the record show of which releases.
 */
export const releaseRecordSuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  let editor: TypedUser

  const asUser = (user: User): TypedUser => ({ ...user, collection: 'users' }) as TypedUser

  beforeAll(async () => {
    t = await bootPayload('release-record', db)
    payload = t.payload
    await withoutSecondPairOfEyes(payload)
    editor = asUser(await makeUser(payload, 'editor', { name: 'Ewa Redaktor' }))
  })
  afterAll(async () => t?.destroy())

  it('records an event with its note in every language, at the request clock, by display name', async () => {
    const release = await makeRelease(payload)
    const now = new Date('2026-12-01T09:30:00.000Z')
    const req = await createLocalReq({ user: editor, context: { now } }, payload)
    await recordReleaseEvent(req, {
      release: release.id,
      kind: 'correction',
      note: { pl: 'Poprawiono liczbę: 3 214.', en: 'Corrected the number: 3,214.', uk: ' ' },
    })
    const [event] = (
      await payload.find({
        collection: 'release-events',
        where: { release: { equals: release.id } },
        locale: 'all',
        depth: 0,
        overrideAccess: true,
      })
    ).docs as unknown as (Omit<ReleaseEvent, 'note'> & { note: Record<string, string> })[]
    expect(event).toMatchObject({
      at: now.toISOString(),
      kind: 'correction',
      release: release.id,
      actorId: String(editor.id),
      actorName: 'Ewa Redaktor',
      note: { pl: 'Poprawiono liczbę: 3 214.', en: 'Corrected the number: 3,214.' },
    })
    expect(event.note.uk).toBeUndefined()
  })

  it('refuses to change or delete an event, even with access checks off', async () => {
    const release = await makeRelease(payload)
    const req = await createLocalReq({ user: editor }, payload)
    await recordReleaseEvent(req, { release: release.id, kind: 'minor' })
    const where = { release: { equals: release.id } }
    const { docs } = await payload.find({
      collection: 'release-events',
      where,
      overrideAccess: true,
    })
    const id = docs[0].id
    await expect(
      payload.update({
        collection: 'release-events',
        id,
        data: { kind: 'update' },
        overrideAccess: true,
      }),
    ).rejects.toThrow(/rejestrze zmian|register of changes/)
    await expect(
      payload.delete({ collection: 'release-events', id, overrideAccess: true }),
    ).rejects.toThrow(/rejestrze zmian|register of changes/)
    await expect(
      payload.create({
        collection: 'release-events',
        data: { at: new Date().toISOString(), kind: 'minor', release: release.id },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toThrow()
  })
}
