import { loginLimits } from '../src/access/loginThrottle'
import { makeUser } from './helpers/content'
import { describeOnPostgres, twoPayloadsOnPostgres } from './helpers/payload'

/**
 * Two Payload instances on one PostgreSQL database (two servers behind a load balancer): the
 * sign-in throttle counts one client's guesses on both together.
 */
await describeOnPostgres(() => {
  const pair = twoPayloadsOnPostgres('login-throttle-two')

  it("counts one client's guesses on both instances together", async () => {
    const user = await makeUser(pair.first, 'editor')
    const instances = [pair.first, pair.second]
    const signIn = (n: number, password: string) =>
      instances[n % 2]
        .login({
          collection: 'users',
          data: { email: user.email, password },
          req: { headers: new Headers({ 'x-pressroom-client': '203.0.113.9' }) },
        })
        .then(
          () => 200,
          (error: { status?: number }) => error.status ?? 500,
        )
    // The guesses alternate between the instances; each alone saw fewer than the limit.
    const guesses = []
    for (let n = 0; n < loginLimits.attempts; n++) guesses.push(await signIn(n, 'zgadywane-haslo'))
    expect(guesses).toEqual(Array(loginLimits.attempts).fill(401))
    expect(await signIn(0, 'correct horse battery staple')).toBe(429)
    expect(await signIn(1, 'correct horse battery staple')).toBe(429)
    // Kept in the database, where a server in another process reads it too.
    const { rows } = await (
      pair.first.db as unknown as {
        pool: {
          query: (
            q: string,
            v: unknown[],
          ) => Promise<{ rows: { attempts: number; locked_until: string }[] }>
        }
      }
    ).pool.query('select attempts, locked_until from pressroom_login_throttle where key = $1', [
      `203.0.113.9|${user.email}`,
    ])
    expect(rows).toHaveLength(1)
    expect(rows[0].attempts).toBe(loginLimits.attempts + 2)
    expect(Number(rows[0].locked_until)).toBeGreaterThan(Date.now())
  })
})
