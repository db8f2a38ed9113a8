import path from 'node:path'

import { scheduleOverHttp } from './helpers/scheduleAction'
import {
  login,
  serverDatabase,
  startServer,
  type TestServer,
  withoutSecondPairOfEyes,
} from './helpers/server'

/**
 * Version integrity over real HTTP (issue 20, hole 1): a version row, once written, is never
 * changed; a schedule publishes exactly the version it was made on, or fails on the dashboard's
 * schedule health; a save that does not name `_status` keeps the publication state.
 *
 * Publications are scheduled for tomorrow; the clock reaching that time is the job's due time
 * moved a minute into the past in the server's database (as tests/e2e-admin.test.ts does), and
 * the server runs as `PRESSROOM_ROLE=web`, so only this suite's explicit run
 * (`GET /api/payload-jobs/run`) publishes.
 */
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
let server: TestServer
const auth: Record<Role, Record<string, string>> = {
  anonymous: {},
  author: {},
  editor: {},
  admin: {},
}

const call = (path: string, role: Role, method = 'GET', body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...auth[role],
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })

const ok = async (path: string, role: Role, method = 'GET', body?: unknown) => {
  const res = await call(path, role, method, body)
  const json = await res.json()
  if (!res.ok)
    throw new Error(`${method} ${path} as ${role}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

type VersionRow = { id: number; updatedAt: string; headline: string; status: string }

/** Every version row of a release, oldest first, as staff read them. */
const versionsOf = async (releaseId: number): Promise<VersionRow[]> => {
  const { docs } = await ok(
    `/api/press-releases/versions?where[parent][equals]=${releaseId}&sort=createdAt&limit=100&depth=0`,
    'admin',
  )
  return docs.map(
    (d: { id: number; updatedAt: string; version: { headline: string; _status: string } }) => ({
      id: d.id,
      updatedAt: d.updatedAt,
      headline: d.version.headline,
      status: d.version._status,
    }),
  )
}

const release = (headline: string) => ({
  headline,
  place: 'Kraków',
  date: new Date().toISOString(),
  releaseType: 'immediate',
})

const draftBy = async (role: Role, headline: string): Promise<number> =>
  (
    await ok('/api/press-releases?draft=true', role, 'POST', {
      ...release(headline),
      _status: 'draft',
    })
  ).id

const scheduleAsEditor = async (releaseId: number, version?: number) => {
  const { answer } = await scheduleOverHttp(server.url, auth.editor, {
    releaseId,
    date: new Date(Date.now() + 24 * 3600_000),
    version,
  })
  expect(answer).toEqual({ message: expect.any(String) })
}

const withDatabase = async <T>(
  work: (db: Awaited<ReturnType<typeof serverDatabase>>) => Promise<T>,
) => {
  const db = await serverDatabase(server)
  try {
    return await work(db)
  } finally {
    db.close()
  }
}

/** The release's scheduled publications fall due (a minute ago), and the queue runs once. */
const runWhenDue = async (releaseId: number) => {
  await withDatabase(async (db) => {
    const { rows } = await db.execute(
      "select id, input from payload_jobs where task_slug = 'schedulePublish' and completed_at is null",
    )
    const ids = rows
      .filter((r) => JSON.parse(String(r.input)).doc?.value == releaseId)
      .map((r) => r.id)
    expect(ids).toHaveLength(1)
    await db.execute({
      sql: 'update payload_jobs set wait_until = ? where id = ?',
      args: [new Date(Date.now() - 60_000).toISOString(), ids[0]!],
    })
  })
  await ok('/api/payload-jobs/run?queue=default', 'admin')
}

/** The release as an anonymous reader gets it: its headline, or the status code. */
const publicHeadline = async (releaseId: number): Promise<string | number> => {
  const res = await call(`/api/press-releases/${releaseId}?depth=0`, 'anonymous')
  return res.ok ? (await res.json()).headline : res.status
}

beforeAll(async () => {
  server = await startServer('versions', { PRESSROOM_ROLE: 'web' })
  await ok('/api/users/first-register', 'anonymous', 'POST', {
    email: 'admin@krakow.test',
    password: 'admin-pass-123',
    name: 'Anna Admin',
  })
  auth.admin = { Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123') }
  await withoutSecondPairOfEyes(server.url, auth.admin.Authorization)
  for (const role of ['author', 'editor'] as const) {
    const email = `${role}@krakow.test`
    await ok('/api/users', 'admin', 'POST', {
      email,
      password: `${role}-pass-123`,
      name: role,
      role,
    })
    auth[role] = { Authorization: await login(server.url, email, `${role}-pass-123`) }
  }
}, 300_000) // includes `next build` when the sources changed

afterAll(async () => server?.stop())

it("refuses an author's unpublishAllLocales save over the version an editor scheduled, and publishes that version", async () => {
  const id = await draftBy('author', 'Nowy przystanek — wersja autora')
  await ok(`/api/press-releases/${id}?draft=true`, 'editor', 'PATCH', {
    headline: 'Nowy przystanek na Kazimierzu — sprawdzone',
  })
  await scheduleAsEditor(id)
  const before = await versionsOf(id)

  const res = await call(
    `/api/press-releases/${id}?draft=true&unpublishAllLocales=true`,
    'author',
    'PATCH',
    {
      headline: 'Podmieniony tekst',
    },
  )
  expect(res.status).toBe(403)
  expect((await res.json()).errors[0].message).toMatch(/unpublishAllLocales/)
  expect(await versionsOf(id)).toEqual(before)

  await runWhenDue(id)
  expect(await publicHeadline(id)).toBe('Nowy przystanek na Kazimierzu — sprawdzone')
})

it('refuses autosave to an author', async () => {
  const id = await draftBy('author', 'Remont ulicy Długiej')
  const before = await versionsOf(id)
  const res = await call(`/api/press-releases/${id}?draft=true&autosave=true`, 'author', 'PATCH', {
    headline: 'Remont ulicy Długiej — autozapis',
  })
  expect(res.status).toBe(403)
  expect((await res.json()).errors[0].message).toMatch(/autosave/)
  expect(await versionsOf(id)).toEqual(before)
})

const publishedRelease = async (headline: string) => {
  const id: number = (
    await ok('/api/press-releases', 'admin', 'POST', { ...release(headline), _status: 'published' })
  ).id
  const versions = await versionsOf(id)
  expect(versions.map((v) => v.status)).toEqual(['published'])
  return { id, versions }
}

it("refuses an author's unpublishAllLocales save on a published release: the published snapshot stays", async () => {
  const { id, versions } = await publishedRelease('Otwarcie kładki przez Wisłę')
  const res = await call(
    `/api/press-releases/${id}?draft=true&unpublishAllLocales=true`,
    'author',
    'PATCH',
    {
      headline: 'Fałszywa historia',
    },
  )
  expect(res.status).toBe(403)
  expect(await versionsOf(id)).toEqual(versions)
})

// The behaviour src/payload-patches/immutableVersions.ts relies on in Payload: without it (or after an
// upgrade that writes versions another way) the published row is rewritten in place.
it("writes an editor's unpublishAllLocales save as a new version, never over the published snapshot", async () => {
  const { id, versions } = await publishedRelease('Nowa kładka na Zabłociu')
  await ok(`/api/press-releases/${id}?draft=true&unpublishAllLocales=true`, 'editor', 'PATCH', {
    headline: 'Nowa kładka — poprawka redaktora',
  })
  const after = await versionsOf(id)
  expect(after[0]).toEqual(versions[0])
  expect(after).toHaveLength(2)
  expect(after[1]).toMatchObject({ headline: 'Nowa kładka — poprawka redaktora', status: 'draft' })
  expect(await publicHeadline(id)).toBe('Nowa kładka na Zabłociu')
})

it("keeps a published release published when an editor's save does not name _status", async () => {
  const id = (
    await ok('/api/press-releases', 'admin', 'POST', {
      ...release('Nowe godziny otwarcia urzędu'),
      _status: 'published',
    })
  ).id
  await ok(`/api/press-releases/${id}?draft=true`, 'author', 'PATCH', {
    subheadline: 'Szkic autora',
  })
  await ok(`/api/press-releases/${id}`, 'editor', 'PATCH', {
    lead: 'Urząd czynny od 7:30.',
    changeKind: 'minor',
  })
  expect(await publicHeadline(id)).toBe('Nowe godziny otwarcia urzędu')
  expect((await ok(`/api/press-releases/${id}?depth=0`, 'admin'))._status).toBe('published')
})

it('fails a schedule whose version is gone, publishes nothing and shows it on the schedule health', async () => {
  const id = await draftBy('editor', 'Zamknięcie mostu Grunwaldzkiego')
  await scheduleAsEditor(id)
  const [scheduled] = await versionsOf(id)
  // A version can go when it falls out of the 100 kept per release, or in a restore of the
  // database; removed here directly.
  await withDatabase((db) =>
    db.execute({ sql: 'delete from _press_releases_v where id = ?', args: [scheduled!.id] }),
  )

  await runWhenDue(id)
  expect(await publicHeadline(id)).toBe(404)
  const health = await ok('/api/press-releases/schedule-health', 'editor')
  expect(health.failed).toContainEqual(
    expect.objectContaining({ releaseId: id, error: expect.stringMatching(/no longer exists/) }),
  )
})

it('publishes exactly the version named in the schedule, keeping later edits as a draft', async () => {
  const id = await draftBy('editor', 'Budżet obywatelski — wersja 1')
  const [first] = await versionsOf(id)
  await ok(`/api/press-releases/${id}?draft=true`, 'editor', 'PATCH', {
    headline: 'Budżet obywatelski — wersja 2',
  })
  await scheduleAsEditor(id, first!.id)
  await runWhenDue(id)
  expect(await publicHeadline(id)).toBe('Budżet obywatelski — wersja 1')
  const newest = await ok(`/api/press-releases/${id}?draft=true&depth=0`, 'admin')
  expect(newest.headline).toBe('Budżet obywatelski — wersja 2')
})
