import { createLocalReq, logoutOperation, refreshOperation, type Payload } from 'payload'

import { makeUser } from '../helpers/content'

/**
 * Signing out ends the session it is made with, and only that one, and a refresh keeps its longer
 * expiry, even while the same account signs in elsewhere at the same moment (on PostgreSQL through
 * two Payload instances on one database; on SQLite both are the one instance).
 */
export const signOutSuite = (pair: { first: Payload; second: Payload }) => {
  const password = 'correct horse battery staple'

  const signIn = async (payload: Payload, email: string, n: number) =>
    (
      await payload.login({
        collection: 'users',
        data: { email, password },
        // Each from a client of its own: the sign-in throttle counts per client and address.
        req: { headers: new Headers({ 'x-pressroom-client': `192.0.2.${n + 1}` }) },
      })
    ).token!

  const whoHolds = async (payload: Payload, token: string) =>
    (await payload.auth({ headers: new Headers({ Authorization: `JWT ${token}` }) })).user

  const requestOf = async (payload: Payload, token: string) => {
    const user = await whoHolds(payload, token)
    if (!user) throw new Error('the token was refused')
    return createLocalReq({ user: user as never }, payload)
  }

  const signOut = async (payload: Payload, token: string, allSessions = false) =>
    logoutOperation({
      allSessions,
      collection: payload.collections.users,
      req: await requestOf(payload, token),
    })

  const expiries = async (id: number) => {
    const user = await pair.first.findByID({
      collection: 'users',
      id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    return new Map((user.sessions ?? []).map((s) => [s.id, new Date(s.expiresAt).getTime()]))
  }

  const accepted = async (tokens: string[]) =>
    Promise.all(
      tokens.map(async (token) => {
        const onBoth = await Promise.all([pair.first, pair.second].map((p) => whoHolds(p, token)))
        return onBoth.every(Boolean)
      }),
    )

  it('refuses a signed-out token on both instances and keeps the other sessions', async () => {
    const user = await makeUser(pair.first, 'editor')
    const desk = await signIn(pair.first, user.email, 0)
    const phone = await signIn(pair.second, user.email, 1)
    await signOut(pair.second, desk)
    expect(await accepted([desk, phone])).toEqual([false, true])
  })

  it('ends only the signed-out session while the account signs in 8 times on two instances', async () => {
    const user = await makeUser(pair.first, 'editor')
    const leaving = await signIn(pair.first, user.email, 20)
    const [, ...arriving] = await Promise.all([
      signOut(pair.second, leaving),
      ...Array.from({ length: 8 }, (_, n) =>
        signIn([pair.first, pair.second][n % 2], user.email, 30 + n),
      ),
    ])
    expect(await accepted([leaving, ...(arriving as string[])])).toEqual([
      false,
      ...arriving.map(() => true),
    ])
  })

  it('ends every session of the account when signing out everywhere', async () => {
    const user = await makeUser(pair.first, 'editor')
    const tokens = [
      await signIn(pair.first, user.email, 50),
      await signIn(pair.second, user.email, 51),
    ]
    await signOut(pair.first, tokens[0], true)
    expect(await accepted(tokens)).toEqual([false, false])
  })

  it('keeps a refreshed expiry while another session of the account signs out', async () => {
    const user = await makeUser(pair.first, 'editor')
    const staying = await signIn(pair.first, user.email, 60)
    const leaving = await signIn(pair.second, user.email, 61)
    const before = await expiries(user.id)
    const [{ refreshedToken }] = await Promise.all([
      refreshOperation({
        collection: pair.first.collections.users,
        req: await requestOf(pair.first, staying),
      }),
      signOut(pair.second, leaving),
    ])
    const after = await expiries(user.id)
    expect(after.size).toBe(1)
    const [[sid, expiresAt]] = [...after]
    expect(before.has(sid)).toBe(true)
    expect(expiresAt).toBeGreaterThan(before.get(sid)!)
    expect(await accepted([refreshedToken!, leaving])).toEqual([true, false])
  })
}
