import type { Payload } from 'payload'

import {
  localPayloadOf,
  login,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * The render store as journalists meet it: over real HTTP against the built app, where a repeated
 * anonymous request is answered from the store by the route in front of Payload's REST API.
 */
let server: TestServer
let admin: Record<string, string>
let quoteId: number
let local: Payload | undefined

const send = async (method: string, path: string, body: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...admin, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

const anonymous = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers })

beforeAll(async () => {
  server = await startServer('render-http', { PRESSROOM_PRERENDER: 'on' })
  admin = {}
  // The first account is an admin who approves quotes.
  await send('POST', '/api/users/first-register', {
    email: 'admin@krakow.test',
    password: 'admin-pass-123',
    name: 'Admin',
  })
  admin = { Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123') }
  await withoutSecondPairOfEyes(server.url, admin.Authorization)
  const person = await send('POST', '/api/people', {
    name: 'Marta Zielińska',
    role: 'Prezydent Miasta Krakowa',
  })
  const quote = await send('POST', '/api/quotes', {
    text: 'Pierwsze słowa prezydent miasta.',
    speaker: person.id,
  })
  quoteId = quote.id
  await send('POST', `/api/quotes/${quoteId}/review`, { decision: 'approved' })
}, 600_000)
afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

const publish = (headline: string, extra: Record<string, unknown> = {}) =>
  send('POST', '/api/press-releases', {
    headline,
    place: 'Kraków',
    date: new Date().toISOString(),
    releaseType: 'immediate',
    quotes: [quoteId],
    _status: 'published',
    ...extra,
  })

describe('published documents over HTTP', () => {
  it('serves the same document with the same ETag again, then the new words right after the cited quote changes', async () => {
    const release = await publish('Nowy park na Zabłociu')
    const path = `/api/press-releases/${release.id}/txt`
    const first = await anonymous(path)
    const etag = first.headers.get('etag')
    expect([first.status, await first.text()]).toEqual([
      200,
      expect.stringContaining('Pierwsze słowa prezydent miasta.'),
    ])
    const second = await anonymous(path)
    expect([second.status, second.headers.get('etag')]).toEqual([200, etag])
    await second.text()
    expect((await anonymous(path, { 'If-None-Match': etag as string })).status).toBe(304)

    await send('PATCH', `/api/quotes/${quoteId}`, { text: 'Drugie słowa prezydent miasta.' })
    await send('POST', `/api/quotes/${quoteId}/review`, { decision: 'approved' })
    const after = await anonymous(path, { 'If-None-Match': etag as string })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
    const text = await after.text()
    expect(text).toContain('Drugie słowa prezydent miasta.')
    expect(text).not.toContain('Pierwsze słowa')
  })

  it('gives anonymous readers 404 for an embargoed release even after staff fetched it, and 100 concurrent readers one document', async () => {
    const embargoed = await publish('Embargo do jutra', {
      releaseType: 'embargoed',
      embargoUntil: new Date(Date.now() + 86_400_000).toISOString(),
    })
    const pdf = `/api/press-releases/${embargoed.id}/pdf`
    expect((await fetch(`${server.url}${pdf}`, { headers: admin })).status).toBe(200)
    expect((await anonymous(pdf)).status).toBe(404)
    expect((await anonymous(pdf)).status).toBe(404)

    const open = await publish('Otwarte dla wszystkich')
    const responses = await Promise.all(
      Array.from({ length: 100 }, () => anonymous(`/api/press-releases/${open.id}/pdf`)),
    )
    expect(responses.map((r) => r.status)).toEqual(Array(100).fill(200))
    expect(new Set(responses.map((r) => r.headers.get('etag'))).size).toBe(1)
    const sizes = await Promise.all(responses.map(async (r) => (await r.arrayBuffer()).byteLength))
    expect(new Set(sizes).size).toBe(1)
  })

  it('serves the new words at once when the quote is changed by another process on the same database', async () => {
    const release = await publish('Dwa procesy, jedna baza')
    const path = `/api/press-releases/${release.id}/txt`
    for (let i = 0; i < 2; i++)
      expect(await (await anonymous(path)).text()).toContain('słowa prezydent miasta.')
    // This test process is the other server: Payload in-process on the server's database.
    local = await localPayloadOf(server)
    await local.update({
      collection: 'quotes',
      id: quoteId,
      data: { text: 'Słowa zapisane przez drugi proces.' },
      overrideAccess: true,
    })
    await local.update({
      collection: 'quotes',
      id: quoteId,
      data: { status: 'approved' },
      overrideAccess: true,
    })
    const after = await (await anonymous(path)).text()
    expect(after).toContain('Słowa zapisane przez drugi proces.')
  })

  it('still hands every other request on these paths to Payload', async () => {
    const release = await publish('Inne zapytania')
    const res = await anonymous(`/api/press-releases/${release.id}/nonsense`)
    expect(res.status).toBe(404)
    const draft = await anonymous(`/api/press-releases/${release.id}/pdf?draft=true`)
    expect(draft.status).toBe(401)
    const badLocale = await anonymous(`/api/press-releases/${release.id}/html?locale=de`)
    expect(badLocale.status).toBe(400)
  })
})
