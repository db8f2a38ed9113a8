import {
  accountSlowdown,
  clientLoginLimits,
  createLoginThrottle,
  databaseLoginThrottle,
  loginLimits,
  type LoginThrottle,
  slowdownMs,
} from '../src/access/loginThrottle'
import { bootPayload, type TestPayload } from './helpers/payload'
import { startServer, type TestServer } from './helpers/server'

const start = Date.now()

/** The one rule, whichever way it is kept. */
const theRule = (make: () => Promise<LoginThrottle>) => {
  it('makes a client and address wait after too many attempts, and lets them in afterwards', async () => {
    const throttle = await make()
    for (let i = 0; i < loginLimits.attempts; i++)
      expect(await throttle.attempt('a|x', start)).toBe(0)
    expect(await throttle.attempt('a|x', start + 1000)).toBe(loginLimits.lockMs - 1000)
    expect(await throttle.attempt('a|x', start + 2000)).toBe(loginLimits.lockMs - 2000)
    expect(await throttle.attempt('b|x', start + 1000)).toBe(0)
    expect(await throttle.attempt('a|x', start + loginLimits.lockMs)).toBe(0)
  })

  it('starts counting again after a success', async () => {
    const throttle = await make()
    for (let i = 0; i < loginLimits.attempts - 1; i++) await throttle.attempt('c|x', start)
    await throttle.succeeded('c|x')
    for (let i = 0; i < loginLimits.attempts - 1; i++) await throttle.attempt('c|x', start)
    expect(await throttle.attempt('c|x', start)).toBe(0)
    expect(await throttle.attempt('c|x', start)).toBeGreaterThan(0)
  })

  it('counts the attempts at an account within its window, less the successes, then starts again', async () => {
    const throttle = await make()
    const window = accountSlowdown.windowMs
    expect(await throttle.count('account:x', start, window)).toBe(0)
    expect(await throttle.count('account:x', start + 1000, window)).toBe(1)
    expect(await throttle.count('account:x', start + 2000, window)).toBe(2)
    await throttle.uncount('account:x')
    expect(await throttle.count('account:x', start + 3000, window)).toBe(2)
    expect(await throttle.count('account:x', start + 3000 + window + 1, window)).toBe(0)
    expect(await throttle.count('account:y', start, window)).toBe(0)
  })
}

it('slows an account down after ten attempts, doubling up to three seconds, and never refuses', () => {
  const free = accountSlowdown.free
  expect([0, free - 1].map((n) => slowdownMs(n))).toEqual([0, 0])
  expect([free, free + 1, free + 2, free + 3, free + 100].map((n) => slowdownMs(n))).toEqual([
    250, 500, 1000, 2000, 3000,
  ])
})

describe('the sign-in throttle in memory (MongoDB)', () => {
  theRule(async () => createLoginThrottle())
})

describe('the sign-in throttle in the database (SQLite)', () => {
  let t: TestPayload
  let n = 0
  beforeAll(async () => {
    t = await bootPayload('login-throttle')
  })
  afterAll(async () => t?.destroy())
  // Each test its own keys: a fresh throttle object on the same table.
  theRule(async () => {
    const throttle = databaseLoginThrottle(t.payload)
    const prefix = `t${n++}:`
    return {
      attempt: (key, now, limits) => throttle.attempt(prefix + key, now, limits),
      succeeded: (key) => throttle.succeeded(prefix + key),
      count: (key, now, windowMs) => throttle.count(prefix + key, now, windowMs),
      uncount: (key) => throttle.uncount(prefix + key),
    }
  })
})

/**
 * Behind one trusted proxy (PRESSROOM_TRUST_PROXY=1), which the test plays: the last
 * X-Forwarded-For entry is the client, so the test can be many clients.
 */
describe('signing in over HTTP', () => {
  let server: TestServer
  const account = { email: 'rzecznik@krakow.test', password: 'rzecznik-pass-123' }

  const signIn = (client: string, password: string, email = account.email) =>
    fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
      body: JSON.stringify({ email, password }),
    })

  beforeAll(async () => {
    server = await startServer('login-throttle', { PRESSROOM_TRUST_PROXY: '1' })
    const res = await fetch(`${server.url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ ...account, name: 'Rzecznik' }),
    })
    expect(res.status).toBe(200)
  }, 300_000) // includes `next build` when the sources changed

  afterAll(async () => server?.stop())

  it("makes the guessing client wait (429) but keeps the account open to its owner's client", async () => {
    for (let i = 0; i < loginLimits.attempts; i++) {
      expect((await signIn('203.0.113.5', 'zgadywane-haslo-1')).status).toBe(401)
    }
    const refused = await signIn('203.0.113.5', account.password)
    expect(refused.status).toBe(429)
    // Worded for the asker: Polish, the admin's default, for a client that names no language.
    expect((await refused.json()).errors[0]).toMatchObject({
      message: expect.stringMatching(
        /^Zbyt wiele prób logowania na ten adres: spróbuj ponownie za \d+ s\.$/,
      ),
      data: { key: 'refuseTooManySignIns' },
    })

    expect((await signIn('198.51.100.7', account.password)).status).toBe(200)
  })

  it('lets the owner in after 52 failed sign-ins from 52 clients: slowed down, never locked out', async () => {
    // Together, as a botnet would: each waits out its own slow-down.
    const guesses = await Promise.all(
      Array.from({ length: 52 }, (_, n) =>
        signIn(`198.18.${n >> 8}.${n & 255}`, `zgadywane-haslo-${n}`).then((r) => r.status),
      ),
    )
    expect(guesses).toEqual(Array(52).fill(401))
    const owner = await signIn('192.0.2.200', account.password)
    expect(owner.status).toBe(200)
    expect((await owner.json()).user.email).toBe(account.email)
  }, 120_000)

  it('makes a client that tries one password on many addresses wait', async () => {
    const statuses: number[] = []
    for (let n = 0; n <= clientLoginLimits.attempts; n++) {
      statuses.push(
        (await signIn('203.0.113.66', 'haslo-123-haslo', `nikt-${n}@krakow.test`)).status,
      )
    }
    expect(statuses).toEqual([...Array(clientLoginLimits.attempts).fill(401), 429])
    // Another client, and the owner, are not held up.
    expect((await signIn('203.0.113.67', account.password)).status).toBe(200)
  })
})
