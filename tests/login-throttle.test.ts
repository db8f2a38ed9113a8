import {
  createLoginThrottle,
  databaseLoginThrottle,
  loginLimits,
  type LoginThrottle,
} from '../src/access/loginThrottle'
import { bootPayload, type TestPayload } from './helpers/payload'
import { startServer, type TestServer } from './helpers/server'

const start = Date.now()

/** The one rule, whichever way it is kept. */
const theRule = (make: () => Promise<LoginThrottle>) => {
  it('makes a client and address wait after too many attempts, and lets them in afterwards', async () => {
    const throttle = await make()
    for (let i = 0; i < loginLimits.attempts; i++) expect(await throttle.attempt('a|x', start)).toBe(0)
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
}

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
      attempt: (key, now) => throttle.attempt(prefix + key, now),
      succeeded: (key) => throttle.succeeded(prefix + key),
    }
  })
})

describe('signing in over HTTP', () => {
  let server: TestServer
  const account = { email: 'rzecznik@krakow.test', password: 'rzecznik-pass-123' }

  const signIn = (client: string, password: string) =>
    fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': client },
      body: JSON.stringify({ email: account.email, password }),
    })

  beforeAll(async () => {
    server = await startServer('login-throttle')
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
    expect((await refused.json()).errors[0].message).toMatch(/Too many sign-in attempts/)

    expect((await signIn('198.51.100.7', account.password)).status).toBe(200)
  })
})
