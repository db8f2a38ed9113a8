import { pdfPages } from './helpers/pdf'
import { login, startServer, type TestServer, withoutSecondPairOfEyes } from './helpers/server'

/**
 * One embargo rule and one office timezone, seen from every surface over real HTTP: the public
 * API, the list's status column (its computed field), the dashboard (schedule-health), the PDF and
 * the TXT.
 */
let server: TestServer
let staff: Record<string, string>
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

const request = async (path: string, init: RequestInit & { anonymous?: boolean } = {}) => {
  const { anonymous, ...rest } = init
  return fetch(`${server.url}${path}`, {
    ...rest,
    headers: {
      ...(anonymous ? {} : staff),
      'Content-Type': 'application/json',
      ...(rest.headers ?? {}),
    },
  })
}

const json = async (path: string, init: RequestInit & { anonymous?: boolean } = {}) => {
  const res = await request(path, init)
  const body = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`)
  return body.doc ?? body
}

type Status = {
  state: string
  at: string | null
  embargoUntil: string | null
  timeZone: string
}
const statusOf = async (id: number): Promise<Status> =>
  (await json(`/api/press-releases/${id}?depth=0`)).publicationStatus

const dashboard = async (): Promise<{
  timeZone: string
  embargoLifts: { releaseId: number; at: string }[]
}> => json('/api/press-releases/schedule-health')

const pdfText = async (id: number, anonymous = false) => {
  const res = await request(`/api/press-releases/${id}/pdf`, { anonymous })
  if (res.status !== 200) return `HTTP ${res.status}`
  return (await pdfPages(new Uint8Array(await res.arrayBuffer()))).join('\n')
}

const txt = async (id: number, anonymous = false) => {
  const res = await request(`/api/press-releases/${id}/txt`, { anonymous })
  return res.status === 200 ? res.text() : `HTTP ${res.status}`
}

const publishEmbargoed = (headline: string, embargoUntil: string) =>
  json('/api/press-releases', {
    method: 'POST',
    body: JSON.stringify({
      headline,
      place: 'Kraków',
      date: new Date().toISOString(),
      lead: 'Rada Miasta Krakowa przyjęła uchwałę na sesji w środę.',
      releaseType: 'embargoed',
      embargoUntil,
      _status: 'published',
    }),
  }) as Promise<{ id: number; embargoUntil: string }>

beforeAll(async () => {
  server = await startServer('one-rule')
  await json('/api/users/first-register', {
    method: 'POST',
    anonymous: true,
    body: JSON.stringify({
      email: 'admin@krakow.test',
      password: 'admin-pass-123',
      name: 'Admin',
    }),
  })
  staff = {
    Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123'),
  }
  await withoutSecondPairOfEyes(server.url, staff.Authorization)
}, 600_000)
afterAll(async () => {
  await server?.stop()
})

describe('switching a release from "Z embargiem" to "Do natychmiastowej publikacji"', () => {
  it('makes it public and drops the embargo on every surface: API, status, dashboard, PDF, TXT', async () => {
    const release = await publishEmbargoed('Nowa linia tramwajowa na Azory', hours(30))

    // Before: hidden from the public, embargoed for staff everywhere.
    expect((await request(`/api/press-releases/${release.id}`, { anonymous: true })).status).toBe(
      404,
    )
    expect(await statusOf(release.id)).toMatchObject({
      state: 'embargoed',
      embargoUntil: release.embargoUntil,
    })
    expect((await dashboard()).embargoLifts.map((e) => e.releaseId)).toContain(release.id)
    expect(await txt(release.id)).toContain('EMBARGO DO')
    expect(await pdfText(release.id)).toContain('EMBARGO DO')

    const saved = await json(`/api/press-releases/${release.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ releaseType: 'immediate' }),
    })
    expect(saved).toMatchObject({
      releaseType: 'immediate',
      embargoUntil: null,
    })

    // After: public, and no surface speaks of an embargo.
    const anonymous = await request(`/api/press-releases/${release.id}`, {
      anonymous: true,
    })
    expect(anonymous.status).toBe(200)
    const list = await json(`/api/press-releases?where[id][equals]=${release.id}`, {
      anonymous: true,
    })
    expect(list.docs.map((d: { id: number }) => d.id)).toEqual([release.id])
    expect(await statusOf(release.id)).toMatchObject({
      state: 'published',
      at: null,
      embargoUntil: null,
    })
    expect((await dashboard()).embargoLifts.map((e) => e.releaseId)).not.toContain(release.id)
    const publicTxt = await txt(release.id, true)
    expect(publicTxt).toContain('Nowa linia tramwajowa na Azory')
    expect(publicTxt).not.toContain('EMBARGO')
    const publicPdf = await pdfText(release.id, true)
    expect(publicPdf).toContain('Nowa linia tramwajowa na Azory')
    expect(publicPdf).not.toContain('EMBARGO')
  })

  it('keeps the embargo when only the text changes, and clears a time sent with the immediate type', async () => {
    const release = await publishEmbargoed('Budżet obywatelski: wyniki głosowania', hours(40))
    const edited = await json(`/api/press-releases/${release.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ lead: 'Głosowało ponad 80 tysięcy mieszkańców.' }),
    })
    expect(edited).toMatchObject({
      releaseType: 'embargoed',
      embargoUntil: release.embargoUntil,
    })
    // What the admin form sends after the switch: the hidden time is still in the form.
    const switched = await json(`/api/press-releases/${release.id}`, {
      method: 'PATCH',
      body: JSON.stringify({
        releaseType: 'immediate',
        embargoUntil: release.embargoUntil,
      }),
    })
    expect(switched.embargoUntil).toBeNull()
    expect((await request(`/api/press-releases/${release.id}`, { anonymous: true })).status).toBe(
      200,
    )
  })
})

describe('the office timezone', () => {
  const zoneName = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' })
      .formatToParts(new Date(iso))
      .find((p) => p.type === 'timeZoneName')?.value
  const clock = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat('pl-PL', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(iso))

  afterAll(async () => {
    await json('/api/globals/press-office', {
      method: 'POST',
      body: JSON.stringify({ timezone: 'Europe/Warsaw' }),
    })
  })

  it('is the same zone in the PDF, the dashboard and the status column after it changes', async () => {
    // A whole hour, so the PDF's "godz. HH:MM" is easy to find.
    const until = new Date(
      Math.ceil((Date.now() + 50 * 3600_000) / 3600_000) * 3600_000,
    ).toISOString()
    const release = await publishEmbargoed('Kraków gości kongres miast Eurocities', until)
    for (const zone of ['America/New_York', 'Asia/Tokyo']) {
      await json('/api/globals/press-office', {
        method: 'POST',
        body: JSON.stringify({ timezone: zone }),
      })
      const status = await statusOf(release.id)
      const health = await dashboard()
      const pdf = await pdfText(release.id)
      expect(status.timeZone).toBe(zone)
      expect(health.timeZone).toBe(zone)
      expect(health.embargoLifts.find((e) => e.releaseId === release.id)?.at).toBe(
        status.embargoUntil,
      )
      expect(pdf).toContain(`godz. ${clock(until, zone)} ${zoneName(until, zone)}`)
      expect(await txt(release.id)).toContain(
        `godz. ${clock(until, zone)} ${zoneName(until, zone)}`,
      )
    }
  })

  it('refuses a zone Intl does not know, and keeps the one set', async () => {
    const res = await request('/api/globals/press-office', {
      method: 'POST',
      body: JSON.stringify({ timezone: 'Europe/Krakow' }),
    })
    expect(res.status).toBe(400)
    const body = await res.json()
    expect(body.errors[0].data.errors[0]).toMatchObject({
      path: 'timezone',
      message: 'Unknown timezone "Europe/Krakow": use an IANA name such as Europe/Warsaw.',
    })
    expect((await dashboard()).timeZone).toBe('Asia/Tokyo')
  })
})
