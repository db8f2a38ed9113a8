import { makeUser } from './helpers/content'
import { describeOnPostgres, twoPayloadsOnPostgres } from './helpers/payload'

/**
 * One account signed in many times at the same moment through two Payload instances on one
 * PostgreSQL database (two servers): every sign-in keeps its session, so every token it handed
 * out is accepted afterwards, by either instance.
 */
await describeOnPostgres(() => {
  const pair = twoPayloadsOnPostgres('sign-in-race')

  it('keeps every session of 12 simultaneous sign-ins of one account on two instances', async () => {
    const user = await makeUser(pair.first, 'editor')
    const instances = [pair.first, pair.second]
    const signIns = await Promise.all(
      Array.from({ length: 12 }, (_, n) =>
        instances[n % 2].login({
          collection: 'users',
          data: { email: user.email, password: 'correct horse battery staple' },
          // Each from a client of its own: the sign-in throttle counts per client and address.
          req: { headers: new Headers({ 'x-pressroom-client': `192.0.2.${n + 1}` }) },
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
    const stored = await pair.first.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    expect(stored.sessions).toHaveLength(12)
  })
})
