import type { Payload } from 'payload'

import sharp from 'sharp'

import { pdfPages } from './helpers/pdf'
import {
  localPayloadOf,
  login,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * The embargo/visibility matrix over real HTTP against the built app:
 * {anonymous, author, editor, admin} × {draft, scheduled, embargoed, published}
 * × {REST list, REST by id, GraphQL, media file}.
 */
type State = 'draft' | 'scheduled' | 'embargoed' | 'published'
const states: State[] = ['draft', 'scheduled', 'embargoed', 'published']
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
const roles: Role[] = ['anonymous', 'author', 'editor', 'admin']

let server: TestServer
let local: Payload
let scheduledJobId: number | string
const auth: Record<Role, Record<string, string>> = {
  anonymous: {},
  author: {},
  editor: {},
  admin: {},
}
const releases = {} as Record<State, { id: number; headline: string; file: string }>
let firstUser: { id: number; role: string; approver: boolean }
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()

const api = async (path: string, role: Role, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { ...auth[role], ...(init.headers ?? {}) } })

const postJson = async (path: string, body: unknown, role: Role = 'admin') => {
  const res = await api(path, role, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  const json = await res.json()
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

const uploadImage = async (name: string) => {
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#b32' } })
    .png()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${name}.png`)
  form.append('_payload', JSON.stringify({ alt: `Zdjęcie ${name}`, credit: 'fot. UMK' }))
  const res = await api('/api/media', 'admin', { method: 'POST', body: form })
  const json = await res.json()
  if (!res.ok) throw new Error(`upload: ${res.status} ${JSON.stringify(json)}`)
  return json.doc as { id: number; filename: string }
}

beforeAll(async () => {
  server = await startServer('access')
  await postJson(
    '/api/users/first-register',
    {
      email: 'admin@krakow.test',
      password: 'admin-pass-123',
      name: 'Admin',
    },
    'anonymous',
  )
  auth.admin = { Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123') }
  await withoutSecondPairOfEyes(server.url, auth.admin.Authorization)
  firstUser = (await (await api('/api/users/me', 'admin')).json()).user
  for (const role of ['author', 'editor'] as const) {
    await postJson('/api/users', {
      email: `${role}@krakow.test`,
      password: `${role}-pass-123`,
      name: role,
      role,
    })
    auth[role] = {
      Authorization: await login(server.url, `${role}@krakow.test`, `${role}-pass-123`),
    }
  }

  for (const state of states) {
    const image = await uploadImage(`foto-${state}`)
    const headline = `Komunikat ${state}`
    const draft = state === 'draft' || state === 'scheduled'
    const doc = await postJson(`/api/press-releases${draft ? '?draft=true' : ''}`, {
      headline,
      place: 'Kraków',
      date: hours(0),
      releaseType: state === 'embargoed' ? 'embargoed' : 'immediate',
      embargoUntil: state === 'embargoed' ? hours(2) : undefined,
      media: [image.id],
      _status: draft ? 'draft' : 'published',
    })
    releases[state] = { id: doc.id, headline, file: image.filename }
  }
  // A publication queued for tomorrow, the way the admin's schedule drawer does it (Payload's
  // jobs collection takes no creates over REST).
  local = await localPayloadOf(server)
  const job = await local.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: 'press-releases', value: releases.scheduled.id },
      user: { relationTo: 'users', value: firstUser.id },
    },
    waitUntil: new Date(hours(24)),
  })
  scheduledJobId = job.id
}, 300_000) // includes `next build` when the sources changed: 30–90 s, more while other suites run

afterAll(async () => {
  await local?.destroy()
  await server?.stop()
})

it('has a release that really is scheduled: a queued job, shown to staff as scheduled', async () => {
  const jobs = await local.find({
    collection: 'payload-jobs',
    where: { id: { equals: scheduledJobId } },
    overrideAccess: true,
  })
  expect(jobs.docs[0]?.input).toMatchObject({ doc: { value: releases.scheduled.id } })
  const res = await api(`/api/press-releases/${releases.scheduled.id}?depth=0`, 'editor')
  const doc = await res.json()
  expect(doc.publicationStatus).toMatchObject({ state: 'scheduled', at: jobs.docs[0].waitUntil })
  expect(doc.scheduledPublication).toMatchObject({
    publishAt: jobs.docs[0].waitUntil,
    jobId: scheduledJobId,
  })
})

it('makes the account created on the first-user screen an admin who approves quotes', () => {
  expect(firstUser).toMatchObject({ role: 'admin', approver: true })
})

const visibleTo = (role: Role, state: State) => role !== 'anonymous' || state === 'published'

describe.each(roles)('%s', (role) => {
  it('lists exactly the releases this reader may see', async () => {
    const res = await api('/api/press-releases?limit=100&depth=0', role)
    expect(res.status).toBe(200)
    const headlines = ((await res.json()).docs as { headline: string }[]).map((d) => d.headline)
    for (const state of states) {
      expect(headlines.includes(releases[state].headline)).toBe(visibleTo(role, state))
    }
  })

  it.each(states)('reads a %s release by id only when allowed', async (state) => {
    const res = await api(`/api/press-releases/${releases[state].id}?depth=0`, role)
    expect(res.status === 200).toBe(visibleTo(role, state))
    if (!visibleTo(role, state)) expect([403, 404]).toContain(res.status)
  })

  it('sees the same through GraphQL', async () => {
    const res = await api('/api/graphql', role, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query: '{ PressReleases(limit: 100) { docs { headline } } }' }),
    })
    const body = await res.json()
    const headlines = (body.data?.PressReleases?.docs ?? []).map(
      (d: { headline: string }) => d.headline,
    )
    for (const state of states) {
      expect(headlines.includes(releases[state].headline)).toBe(visibleTo(role, state))
    }
  })

  it.each(states)('gets the image of a %s release only when allowed', async (state) => {
    const res = await api(`/api/media/file/${releases[state].file}`, role)
    expect(res.status === 200).toBe(visibleTo(role, state))
    if (res.status === 200) expect(res.headers.get('content-type')).toMatch(/image\/png/)
  })
})

describe('exports over HTTP', () => {
  it.each(states)(
    'gives an anonymous reader the PDF of a %s release only when it is public',
    async (state) => {
      const res = await api(`/api/press-releases/${releases[state].id}/pdf?locale=pl`, 'anonymous')
      expect(res.status).toBe(state === 'published' ? 200 : 404)
      if (res.status !== 200) return
      expect(res.headers.get('content-type')).toMatch(/application\/pdf/)
      expect(res.headers.get('content-disposition')).toMatch(/komunikat-published\.pl\.pdf/)
      const text = (await pdfPages(new Uint8Array(await res.arrayBuffer()))).join('\n')
      expect(text).toContain('Komunikat published')
    },
  )

  const staffFormats = (['author', 'editor', 'admin'] as const).flatMap((role) =>
    (['txt', 'html', 'pdf'] as const).map((format) => [role, format] as const),
  )
  const textOf = async (res: Response, format: 'txt' | 'html' | 'pdf') =>
    format === 'pdf'
      ? (await pdfPages(new Uint8Array(await res.arrayBuffer()))).join('\n')
      : res.text()

  it.each(staffFormats)(
    'gives the %s the embargoed release as %s, with its embargo line',
    async (role, format) => {
      const res = await api(
        `/api/press-releases/${releases.embargoed.id}/${format}?locale=pl`,
        role,
      )
      expect(res.status).toBe(200)
      const text = await textOf(res, format)
      expect(text).toContain('Komunikat embargoed')
      expect(text).toMatch(/EMBARGO DO/)
    },
  )

  it.each(staffFormats)(
    'gives the %s a draft as %s when asked with draft=true, marked PROJEKT',
    async (role, format) => {
      const res = await api(
        `/api/press-releases/${releases.draft.id}/${format}?locale=pl&draft=true`,
        role,
      )
      expect(res.status).toBe(200)
      const text = await textOf(res, format)
      expect(text).toContain('Komunikat draft')
      expect(text).toMatch(/PROJEKT/)
    },
  )

  it('refuses drafts to anonymous readers and an unknown language to anyone', async () => {
    expect(
      (await api(`/api/press-releases/${releases.draft.id}/html?draft=true`, 'anonymous')).status,
    ).toBe(401)
    const bad = await api(`/api/press-releases/${releases.published.id}/html?locale=de`, 'admin')
    expect(bad.status).toBe(400)
    // Worded in the admin's language (Polish unless they chose English), with its key.
    const [refusal] = (await bad.json()).errors
    expect(refusal.data).toEqual({ key: 'refuseUnknownLocale' })
    expect(refusal.message).toBe('Nieznana wersja językowa „de”: dostępne są pl, en, uk.')
  })
})

describe('publishing over HTTP', () => {
  it('refuses to publish a release citing a pending quote, and says which quote', async () => {
    const person = await postJson('/api/people', {
      name: 'Jan Ratajczak',
      role: 'Zastępca Prezydenta',
    })
    const quote = await postJson('/api/quotes', {
      text: 'Ten most połączy dwie dzielnice.',
      speaker: person.id,
    })
    const release = await postJson('/api/press-releases?draft=true', {
      headline: 'Most na Wiśle',
      place: 'Kraków',
      date: hours(0),
      releaseType: 'immediate',
      quotes: [quote.id],
      _status: 'draft',
    })
    const res = await api(`/api/press-releases/${release.id}`, 'editor', {
      method: 'PATCH',
      // The refusal is worded in the language the client asks for (the office's, Polish, if none).
      headers: { 'Content-Type': 'application/json', 'Accept-Language': 'en' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(
      /Ten most połączy dwie dzielnice.*Jan Ratajczak.*pending approval/,
    )
  })
})

describe('anonymous readers and drafts', () => {
  const graphql = async (query: string, role: Role = 'anonymous') => {
    const res = await api('/api/graphql', role, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
    expect(res.status).toBe(200)
    return res.json()
  }
  const patch = (path: string, body: unknown, role: Role = 'admin') =>
    api(path, role, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('get the published release, never its unpublished edit, when asking for drafts', async () => {
    const { id, headline } = releases.published
    expect(
      (
        await patch(`/api/press-releases/${id}?draft=true`, {
          headline: 'Nieopublikowana poprawka',
        })
      ).status,
    ).toBe(200)

    const byId = await api(`/api/press-releases/${id}?draft=true&depth=0`, 'anonymous')
    expect(byId.status).toBe(200)
    expect((await byId.json()).headline).toBe(headline)

    const list = await api('/api/press-releases?draft=true&depth=0&limit=100', 'anonymous')
    expect(list.status).toBe(200)
    const headlines = ((await list.json()).docs as { headline: string }[]).map((d) => d.headline)
    expect(headlines).toEqual([headline])

    const one = await graphql(`{ PressRelease(id: ${id}, draft: true) { headline } }`)
    expect(one.errors).toBeUndefined()
    expect(one.data.PressRelease.headline).toBe(headline)
    const many = await graphql('{ PressReleases(draft: true, limit: 100) { docs { headline } } }')
    expect(many.errors).toBeUndefined()
    expect(many.data.PressReleases.docs).toEqual([{ headline }])

    // Staff still read the draft: the rule drops `draft` only for those who may not read drafts.
    const staffRead = await api(`/api/press-releases/${id}?draft=true&depth=0`, 'author')
    expect((await staffRead.json()).headline).toBe('Nieopublikowana poprawka')
  })

  it('get the published press pack, never its draft title or its hidden releases', async () => {
    const created = await api('/api/press-packs', 'editor', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        title: 'Pakiet opublikowany',
        date: hours(0),
        releases: [releases.published.id],
        _status: 'published',
      }),
    })
    expect(created.status).toBe(201)
    const { id } = (await created.json()).doc
    const draftEdit = await patch(
      `/api/press-packs/${id}?draft=true`,
      {
        title: 'Tytuł roboczy pakietu',
        intro: 'Wstęp roboczy',
        releases: [releases.published.id, releases.embargoed.id, releases.draft.id],
      },
      'author',
    )
    expect(draftEdit.status).toBe(200)

    const byId = await api(`/api/press-packs/${id}?draft=true&depth=0`, 'anonymous')
    expect(byId.status).toBe(200)
    const doc = await byId.json()
    expect(doc.title).toBe('Pakiet opublikowany')
    expect(doc.releases).toEqual([releases.published.id])
    expect(JSON.stringify(doc)).not.toContain('roboczy')

    const list = await api('/api/press-packs?draft=true&depth=0', 'anonymous')
    expect(list.status).toBe(200)
    expect(((await list.json()).docs as { title: string }[]).map((d) => d.title)).toEqual([
      'Pakiet opublikowany',
    ])

    const gql = await graphql(`{ PressPack(id: ${id}, draft: true) { title intro } }`)
    expect(gql.errors).toBeUndefined()
    expect(gql.data.PressPack).toEqual({ title: 'Pakiet opublikowany', intro: null })
  })

  it('cannot read version history over REST or GraphQL', async () => {
    const versions = await api('/api/press-releases/versions?depth=0', 'editor')
    expect(versions.status).toBe(200)
    const someVersion = (await versions.json()).docs[0].id

    for (const path of [
      '/api/press-releases/versions',
      `/api/press-releases/versions/${someVersion}`,
      '/api/press-packs/versions',
    ]) {
      const res = await api(path, 'anonymous')
      expect(res.status).toBe(403)
      const text = await res.text()
      expect(text).not.toContain('Komunikat embargoed')
      expect(text).not.toContain('Komunikat draft')
    }
    const gql = await graphql('{ versionsPressReleases { docs { version { headline } } } }')
    expect(gql.data?.versionsPressReleases ?? null).toBeNull()
    expect(gql.errors?.[0]?.message).toMatch(/not allowed|Nie możesz wykonać tej akcji/i)
  })
})
