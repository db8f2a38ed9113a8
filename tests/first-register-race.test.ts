import { startServer, type TestServer } from './helpers/server'

/**
 * Before the first admin exists, anyone who reaches the server may create it; two people trying
 * at the same moment must not both become admin.
 */
let server: TestServer

beforeAll(async () => {
  server = await startServer('first-register-race')
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => server?.stop())

const register = (email: string) =>
  fetch(`${server.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'first-admin-pass-7', name: email.split('@')[0] }),
  })

it('makes only one of three simultaneous first registrations an admin', async () => {
  const attempts = await Promise.all(
    ['anna@krakow.test', 'obcy@example.test', 'trzeci@example.test'].map(register),
  )
  const statuses = attempts.map((r) => r.status)
  expect(statuses.filter((s) => s === 200)).toHaveLength(1)
  expect(statuses.filter((s) => s === 403)).toHaveLength(2)

  const winner = await attempts[statuses.indexOf(200)]!.json()
  const users = await fetch(`${server.url}/api/users?depth=0`, {
    headers: { Authorization: `JWT ${winner.token}` },
  })
  const { docs } = await users.json()
  expect(docs.map((u: { email: string; role: string }) => [u.email, u.role])).toEqual([
    [winner.user.email, 'admin'],
  ])
})
