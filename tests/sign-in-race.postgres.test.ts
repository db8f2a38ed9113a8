import type { Payload } from 'payload'

import { makeUser } from './helpers/content'
import { bootPayload, describeOnPostgres, type TestPayload } from './helpers/payload'

/**
 * One account signed in many times at the same moment through two Payload instances on one
 * PostgreSQL database (two servers): every sign-in keeps its session, so every token it handed
 * out is accepted afterwards, by either instance.
 */
await describeOnPostgres(() => {
  let t: TestPayload
  let other: Payload

  beforeAll(async () => {
    t = await bootPayload('sign-in-race', 'postgres')
    const { getPayload } = await import('payload')
    const { default: config } = await import('../payload.config')
    other = await getPayload({ config, key: 'sign-in-race-instance-b', cron: false })
  })
  afterAll(async () => {
    await other?.destroy()
    const pool = (other?.db as unknown as { pool?: { _clients?: { end: () => Promise<void> }[] } })
      ?.pool
    await Promise.all((pool?._clients ?? []).map((c) => c.end().catch(() => {})))
    await t?.destroy()
  })

  it('keeps every session of 12 simultaneous sign-ins of one account on two instances', async () => {
    const user = await makeUser(t.payload, 'editor')
    const instances = [t.payload, other]
    const signIns = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        instances[n % 2].login({
          collection: 'users',
          data: { email: user.email, password: 'correct horse battery staple' },
          // Each from a client of its own: the sign-in throttle counts per client and address.
          req: { headers: new Headers({ 'x-forwarded-for': `192.0.2.${n + 1}` }) },
        }),
      ),
    )
    const tokens = signIns.map((s) => s.token)
    expect(new Set(tokens).size).toBe(12)

    const accepted = await Promise.all(
      tokens.flatMap((token) =>
        instances.map(async (payload) => {
          const { user: who } = await payload.auth({
            headers: new Headers({ Authorization: `JWT ${token}` }),
          })
          return who?.id === user.id
        }),
      ),
    )
    expect(accepted.filter(Boolean)).toHaveLength(24)
    const stored = await t.payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.sessions).toHaveLength(12)
  })
})
