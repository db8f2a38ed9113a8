import sharp from 'sharp'

import { login, serverDatabase, startServer, type TestServer } from './helpers/server'

/**
 * The generated access matrix over real HTTP against the built app: every collection × every role
 * × every operation, each cell asserting the one outcome the table below expects. Writes that
 * would change shared content run on a fresh document made for that cell.
 */
const roles = ['anonymous', 'author', 'approver', 'editor', 'admin'] as const
type Role = (typeof roles)[number]
/** `invalid`: a 400 naming the field, for a change only an editor may decide. */
type Outcome = 'ok' | 'denied' | 'invalid'
/** One outcome per role, in the order of `roles`; `staff` and `editors` are the common rows. */
type Row = Record<Role, Outcome>
const row = (...o: Outcome[]): Row => Object.fromEntries(roles.map((r, i) => [r, o[i]])) as Row
const all = row('ok', 'ok', 'ok', 'ok', 'ok')
const staff = row('denied', 'ok', 'ok', 'ok', 'ok')
const editors = row('denied', 'denied', 'denied', 'ok', 'ok')
const approvers = row('denied', 'denied', 'ok', 'denied', 'ok') // the first admin approves quotes
const editorsOrApprovers = row('denied', 'denied', 'ok', 'ok', 'ok')
const admins = row('denied', 'denied', 'denied', 'denied', 'ok')
const nobody = row('denied', 'denied', 'denied', 'denied', 'denied')
/** Staff may ask, but only an editor decides (src/access/journalistDecisions.ts). */
const editorDecision = row('denied', 'invalid', 'invalid', 'ok', 'ok')

let server: TestServer
/**
 * `setup` is a second admin who makes every cell's content, so the audit trail can tell a cell's
 * own request (by the role under test) from the content made for it.
 */
const auth: Record<Role | 'setup', Record<string, string>> = {
  anonymous: {},
  author: {},
  approver: {},
  editor: {},
  admin: {},
  setup: {},
}
let setupUserId: number
/**
 * Entries in the audit trail not written for the setup admin: the cell's own request's. Read over
 * the API as the setup admin (a second connection to the server's SQLite file could hold a lock
 * the server's next write would wait on).
 */
const auditCount = async () =>
  (
    await asAdmin(
      `/api/audit-events?limit=1&depth=0&where[or][0][actorId][not_equals]=${setupUserId}&where[or][1][actorId][exists]=false`,
      'GET',
    )
  ).totalDocs as number
const hours = (h: number) => new Date(Date.now() + h * 3600_000).toISOString()
let png: Buffer
let adminUserId: number

/**
 * Every 5xx a cell's requests met, REST or GraphQL: a cell fails on any of them, whatever it
 * expected, so a crash can never pass for a refusal.
 */
const serverErrors: string[] = []

const call = async (path: string, role: Role | 'setup', method = 'GET', body?: unknown) => {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...auth[role],
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.status >= 500) serverErrors.push(`${method} ${path} as ${role}: ${res.status}`)
  return res
}

const asAdmin = async (path: string, method: string, body?: unknown) => {
  const res = await call(path, 'setup', method, body)
  const json = await res.json()
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc ?? json
}

const upload = async (role: Role | 'setup', name: string) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${name}.png`)
  form.append('_payload', JSON.stringify({ alt: `Zdjęcie ${name}` }))
  return fetch(`${server.url}/api/media`, { method: 'POST', headers: auth[role], body: form })
}

const graphql = async (role: Role, query: string) => {
  const res = await call('/api/graphql', role, 'POST', { query })
  expect(res.status).toBe(200)
  const body = (await res.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string; extensions?: { statusCode?: number } }[]
  }
  for (const e of body.errors ?? []) {
    const status = e.extensions?.statusCode ?? 500
    if (status >= 500) serverErrors.push(`GraphQL as ${role}: ${status} ${e.message}`)
  }
  return body
}

/** A GraphQL mutation's outcome as an HTTP status: its refusal's, or 200. */
const mutate = async (role: Role, mutation: string) => {
  const body = await graphql(role, `mutation { ${mutation} }`)
  return body.errors ? (body.errors[0].extensions?.statusCode ?? 500) : 200
}

/**
 * A read whose answer decides the cell: 200 when `shown` holds, 403 when the server answered
 * but withheld it, and a failed request's own status (a 500 stays a 500).
 */
const shownOr403 = async (res: Response, shown: (body: any) => boolean) =>
  res.ok ? (shown(await res.json()) ? 200 : 403) : res.status

/** What every cell's request returned, reduced to the table's words. */
const outcomeOf = (status: number): Outcome | `unexpected ${number}` =>
  status >= 200 && status < 300
    ? 'ok'
    : [401, 403, 404].includes(status)
      ? 'denied'
      : status === 400
        ? 'invalid'
        : `unexpected ${status}`

// Shared content: a published release citing a live quote, person, file, contact and boilerplate.
const live = {} as Record<
  | 'release'
  | 'draftRelease'
  | 'pack'
  | 'quote'
  | 'person'
  | 'media'
  | 'cover'
  | 'contact'
  | 'boilerplate'
  | 'journalist'
  | 'list'
  | 'delivery'
  | 'auditEvent'
  | 'releaseEvent',
  number
>
const releaseData = (headline: string) => ({
  headline,
  place: 'Kraków',
  date: hours(0),
  releaseType: 'immediate',
})

const freshRelease = async (status: 'draft' | 'published') =>
  asAdmin(`/api/press-releases${status === 'draft' ? '?draft=true' : ''}`, 'POST', {
    ...releaseData(`Komunikat do komórki ${Math.random().toString(36).slice(2, 7)}`),
    _status: status,
  })
const freshPack = async (status: 'draft' | 'published') =>
  asAdmin(`/api/press-packs${status === 'draft' ? '?draft=true' : ''}`, 'POST', {
    title: `Pakiet do komórki ${Math.random().toString(36).slice(2, 7)}`,
    date: hours(0),
    releases: [live.release],
    _status: status,
  })

let journalists = 0
/** A journalist made by the admin: confirmed, untrusted unless `data` says so. */
const freshJournalist = async (data: Record<string, unknown> = {}) =>
  asAdmin('/api/journalists', 'POST', {
    name: 'Dziennikarz do komórki',
    email: `dziennikarz-${++journalists}@gazeta.test`,
    consent: 'confirmed',
    ...data,
  })

/** A delivery of a new published release to the shared list; its id. */
const freshDelivery = async () => {
  const release = await freshRelease('published')
  await asAdmin(`/api/press-releases/${release.id}/distribute`, 'POST', { lists: [live.list] })
  const { docs } = await asAdmin(`/api/deliveries?where[release][equals]=${release.id}`, 'GET')
  return docs[0].id as number
}

beforeAll(async () => {
  png = await sharp({ create: { width: 12, height: 9, channels: 3, background: '#a21' } })
    .png()
    .toBuffer()
  server = await startServer('matrix')
  const first = await call('/api/users/first-register', 'anonymous', 'POST', {
    email: 'admin@krakow.test',
    password: 'admin-pass-123',
    name: 'Admin',
  })
  adminUserId = (await first.json()).user.id
  auth.admin = { Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123') }
  const setup = await call('/api/users', 'admin', 'POST', {
    email: 'setup@krakow.test',
    password: 'setup-pass-123',
    name: 'Setup',
    role: 'admin',
    approver: true,
  })
  setupUserId = (await setup.json()).doc.id
  auth.setup = { Authorization: await login(server.url, 'setup@krakow.test', 'setup-pass-123') }
  // The rows above the review's are about roles, not review: the admin writes and publishes the
  // shared content alone. The review's rows (at the end) switch the second pair of eyes back on.
  await asAdmin('/api/globals/press-office', 'POST', { secondPairOfEyes: false })
  const users: [Role, string, boolean][] = [
    ['author', 'author', false],
    ['approver', 'author', true],
    ['editor', 'editor', false],
  ]
  for (const [name, role, approver] of users) {
    const email = `${name}@krakow.test`
    await asAdmin('/api/users', 'POST', {
      email,
      password: `${name}-pass-123`,
      name,
      role,
      approver,
    })
    auth[name] = { Authorization: await login(server.url, email, `${name}-pass-123`) }
  }
  const media = await upload('setup', 'foto-live')
  live.media = (await media.json()).doc.id
  const cover = await upload('setup', 'okladka')
  live.cover = (await cover.json()).doc.id
  live.person = (
    await asAdmin('/api/people', 'POST', { name: 'Anna Wiśniewska', role: 'Prezydent Miasta' })
  ).id
  live.quote = (
    await asAdmin('/api/quotes', 'POST', {
      text: 'Kraków słucha mieszkańców.',
      speaker: live.person,
      status: 'approved',
    })
  ).id
  live.contact = (
    await asAdmin('/api/press-contacts', 'POST', {
      name: 'Biuro Prasowe',
      email: 'prasa@krakow.test',
    })
  ).id
  live.boilerplate = (
    await asAdmin('/api/boilerplates', 'POST', { title: 'O Krakowie', text: 'Kraków to miasto.' })
  ).id
  live.release = (
    await asAdmin('/api/press-releases', 'POST', {
      ...releaseData('Komunikat publiczny'),
      quotes: [live.quote],
      media: [live.media],
      contacts: [live.contact],
      boilerplates: [live.boilerplate],
      _status: 'published',
    })
  ).id
  // A draft edit on top: anonymous `?draft=true` must still get "Komunikat publiczny".
  await asAdmin(`/api/press-releases/${live.release}?draft=true`, 'PATCH', {
    headline: 'Poprawka robocza',
  })
  live.draftRelease = (await freshRelease('draft')).id
  live.pack = (
    await asAdmin('/api/press-packs', 'POST', {
      title: 'Pakiet publiczny',
      date: hours(0),
      releases: [live.release],
      coverImage: live.cover,
      _status: 'published',
    })
  ).id
  await asAdmin(`/api/press-packs/${live.pack}?draft=true`, 'PATCH', {
    title: 'Pakiet roboczy',
    releases: [live.release, live.draftRelease],
  })
  live.journalist = (await freshJournalist()).id
  live.list = (
    await asAdmin('/api/mailing-lists', 'POST', { name: 'Lista', members: [live.journalist] })
  ).id
  live.delivery = await freshDelivery()
  live.auditEvent = (await asAdmin('/api/audit-events?limit=1&sort=id', 'GET')).docs[0].id
  // The publication of live.release left its entry in the register of changes.
  live.releaseEvent = (await asAdmin('/api/release-events?limit=1&sort=id', 'GET')).docs[0].id
  // The first suite after a source change builds the app: minutes on a busy machine.
}, 900_000)

afterAll(async () => server?.stop())

/**
 * `audit`: the entries the cell's request leaves in the audit trail when it is allowed (none when
 * refused, and none by default: a read, or a write that changes nothing the trail records).
 */
type Cell = { op: string; expected: Row; audit?: number; run: (role: Role) => Promise<number> }

const draftsCollection = (
  slug: 'press-releases' | 'press-packs',
  fresh: typeof freshRelease,
  title: string,
  field: 'headline' | 'title',
  gqlOne: string,
): Cell[] => {
  // The draft title is staff's view (200); the published one is what anyone else must get (403).
  const published = slug === 'press-packs' ? 'Pakiet publiczny' : 'Komunikat publiczny'
  const seen = (value: string) => (value === title ? 200 : value === published ? 403 : 500)
  return [
    {
      op: 'read the public document',
      expected: all,
      run: async (r) =>
        (await call(`/api/${slug}/${slug === 'press-packs' ? live.pack : live.release}?depth=0`, r))
          .status,
    },
    {
      op: '?draft=true gives the draft only to staff (anyone else gets the published one)',
      expected: staff,
      run: async (r) => {
        const res = await call(
          `/api/${slug}/${slug === 'press-packs' ? live.pack : live.release}?draft=true&depth=0`,
          r,
        )
        expect(res.status).toBe(200)
        return seen((await res.json())[field])
      },
    },
    {
      op: 'list with ?draft=true: staff see the draft, anyone else the published one',
      expected: staff,
      run: async (r) => {
        const res = await call(`/api/${slug}?draft=true&depth=0&limit=200`, r)
        expect(res.status).toBe(200)
        const values = ((await res.json()).docs as Record<string, string>[]).map((d) => d[field])
        return values.includes(title) ? 200 : values.includes(published) ? 403 : 500
      },
    },
    {
      op: 'list versions',
      expected: staff,
      run: async (r) => (await call(`/api/${slug}/versions`, r)).status,
    },
    {
      op: 'create a draft',
      audit: 1,
      expected: staff,
      run: async (r) =>
        (
          await call(
            `/api/${slug}?draft=true`,
            r,
            'POST',
            slug === 'press-packs'
              ? { title: 'Nowy pakiet', date: hours(0), releases: [live.release], _status: 'draft' }
              : { ...releaseData('Nowy projekt'), _status: 'draft' },
          )
        ).status,
    },
    {
      op: 'create published',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (
          await call(
            `/api/${slug}`,
            r,
            'POST',
            slug === 'press-packs'
              ? {
                  title: 'Nowy pakiet',
                  date: hours(0),
                  releases: [live.release],
                  _status: 'published',
                }
              : { ...releaseData('Nowy komunikat'), _status: 'published' },
          )
        ).status,
    },
    {
      op: 'save a draft over the published document',
      expected: staff,
      run: async (r) =>
        (
          await call(`/api/${slug}/${(await fresh('published')).id}?draft=true`, r, 'PATCH', {
            [field]: 'Zmiana robocza',
          })
        ).status,
    },
    {
      op: 'change the published document',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (
          await call(`/api/${slug}/${(await fresh('published')).id}`, r, 'PATCH', {
            [field]: 'Zmiana na żywo',
            // A change to a public release says what kind it is (issue 24).
            ...(slug === 'press-releases' ? { changeKind: 'minor' } : {}),
          })
        ).status,
    },
    {
      // A public release leaves the public only by its withdrawal (src/access/unpublishing.ts).
      op: '_status published → draft (unpublish)',
      audit: 1,
      expected: slug === 'press-releases' ? nobody : editors,
      run: async (r) =>
        (
          await call(`/api/${slug}/${(await fresh('published')).id}`, r, 'PATCH', {
            _status: 'draft',
          })
        ).status,
    },
    {
      op: '_status draft → published (publish)',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (
          await call(`/api/${slug}/${(await fresh('draft')).id}`, r, 'PATCH', {
            _status: 'published',
          })
        ).status,
    },
    {
      op: 'delete',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (await call(`/api/${slug}/${(await fresh('draft')).id}`, r, 'DELETE')).status,
    },
    {
      op: 'restore a version over the live document',
      audit: 1,
      expected: editors,
      run: async (r) => {
        const doc = await fresh('published')
        await asAdmin(`/api/${slug}/${doc.id}?draft=true`, 'PATCH', { [field]: 'Druga wersja' })
        const versions = await asAdmin(
          `/api/${slug}/versions?where[parent][equals]=${doc.id}&sort=createdAt`,
          'GET',
        )
        return (await call(`/api/${slug}/versions/${versions.docs[0].id}`, r, 'POST')).status
      },
    },
    {
      op: 'restore a version as a draft',
      expected: staff,
      run: async (r) => {
        const doc = await fresh('published')
        const versions = await asAdmin(
          `/api/${slug}/versions?where[parent][equals]=${doc.id}`,
          'GET',
        )
        return (await call(`/api/${slug}/versions/${versions.docs[0].id}?draft=true`, r, 'POST'))
          .status
      },
    },
    {
      op: 'GraphQL query with draft: true gives the draft only to staff',
      expected: staff,
      run: async (r) => {
        const id = slug === 'press-packs' ? live.pack : live.release
        const body = await graphql(r, `{ ${gqlOne}(id: ${id}, draft: true) { ${field} } }`)
        expect(body.errors).toBeUndefined()
        return seen((body.data?.[gqlOne] as Record<string, string>)[field])
      },
    },
    {
      op: 'GraphQL mutation on the published document',
      audit: 1,
      expected: editors,
      run: async (r) => {
        const doc = await fresh('published')
        const body = await graphql(
          r,
          `mutation { update${gqlOne}(id: ${doc.id}, data: { ${field}: "Zmiana GraphQL"${slug === 'press-releases' ? ', changeKind: minor' : ''} }) { id } }`,
        )
        // A refusal carries its HTTP status; anything else (a 500 in disguise) fails the cell.
        return body.errors ? (body.errors[0].extensions?.statusCode ?? 500) : 200
      },
    },
  ]
}

const matrix: Record<string, Cell[]> = {
  'press-releases': [
    ...draftsCollection(
      'press-releases',
      freshRelease,
      'Poprawka robocza',
      'headline',
      'PressRelease',
    ),
    {
      op: 'unpublish a published release still under its embargo (never public)',
      audit: 1,
      expected: editors,
      run: async (r) => {
        const { id } = await asAdmin('/api/press-releases', 'POST', {
          ...releaseData('Komunikat pod embargiem do komórki'),
          releaseType: 'embargoed',
          embargoUntil: hours(48),
          _status: 'published',
        })
        return (await call(`/api/press-releases/${id}`, r, 'PATCH', { _status: 'draft' })).status
      },
    },
    {
      op: 'unpublish a public release with ?unpublishAllLocales=true',
      expected: nobody,
      run: async (r) =>
        (
          await call(
            `/api/press-releases/${(await freshRelease('published')).id}?unpublishAllLocales=true`,
            r,
            'PATCH',
            { _status: 'draft' },
          )
        ).status,
    },
    {
      op: 'restore a draft version over the public release (an unpublish)',
      expected: nobody,
      run: async (r) => {
        const { id } = await freshRelease('published')
        await asAdmin(`/api/press-releases/${id}?draft=true`, 'PATCH', { headline: 'Szkic' })
        const versions = await asAdmin(
          `/api/press-releases/versions?where[parent][equals]=${id}&sort=-createdAt`,
          'GET',
        )
        return (await call(`/api/press-releases/versions/${versions.docs[0].id}`, r, 'POST')).status
      },
    },
    {
      op: 'draft TXT export (custom endpoint)',
      expected: staff,
      run: async (r) =>
        (await call(`/api/press-releases/${live.draftRelease}/txt?draft=true`, r)).status,
    },
    {
      op: "a release's deliveries and link uses (custom endpoint)",
      expected: staff,
      run: async (r) => (await call(`/api/press-releases/${live.release}/deliveries`, r)).status,
    },
    {
      op: 'preview who a send would reach (custom endpoint)',
      expected: staff,
      run: async (r) =>
        (await call(`/api/press-releases/${live.release}/distribution-preview`, r)).status,
    },
    {
      op: 'revoke every personal link of a release (custom endpoint)',
      expected: editors,
      run: async (r) =>
        (await call(`/api/press-releases/${live.release}/revoke-links`, r, 'POST', {})).status,
    },
  ],
  'press-packs': draftsCollection('press-packs', freshPack, 'Pakiet roboczy', 'title', 'PressPack'),
  quotes: [
    {
      op: 'read the live quote',
      expected: all,
      run: async (r) => (await call(`/api/quotes/${live.quote}`, r)).status,
    },
    {
      op: "read the approver's comment and who approved",
      expected: staff,
      run: async (r) =>
        shownOr403(
          await call(`/api/quotes/${live.quote}?depth=0`, r),
          (doc) => 'approvedBy' in doc,
        ),
    },
    {
      op: 'create',
      expected: staff,
      run: async (r) =>
        (await call('/api/quotes', r, 'POST', { text: 'Nowy cytat.', speaker: live.person }))
          .status,
    },
    {
      op: 'change the live quote',
      expected: editorsOrApprovers,
      run: async (r) =>
        (await call(`/api/quotes/${live.quote}`, r, 'PATCH', { source: 'konferencja' })).status,
    },
    {
      op: 'approve with the review endpoint',
      audit: 1,
      expected: approvers,
      run: async (r) => {
        const quote = await asAdmin('/api/quotes', 'POST', {
          text: 'Do zatwierdzenia.',
          speaker: live.person,
        })
        return (await call(`/api/quotes/${quote.id}/review`, r, 'POST', { decision: 'approved' }))
          .status
      },
    },
    {
      op: 'delete',
      expected: editors,
      run: async (r) =>
        (
          await call(
            `/api/quotes/${(await asAdmin('/api/quotes', 'POST', { text: 'Do usunięcia.', speaker: live.person })).id}`,
            r,
            'DELETE',
          )
        ).status,
    },
  ],
  people: [
    {
      op: 'read the public person',
      expected: all,
      run: async (r) => (await call(`/api/people/${live.person}`, r)).status,
    },
    {
      op: 'read a person no public release shows',
      expected: staff,
      run: async (r) =>
        (
          await call(
            `/api/people/${(await asAdmin('/api/people', 'POST', { name: 'Jan Nowak', role: 'Radny' })).id}`,
            r,
          )
        ).status,
    },
    {
      op: 'change the public person',
      expected: editors,
      run: async (r) =>
        (await call(`/api/people/${live.person}`, r, 'PATCH', { organisation: 'UMK' })).status,
    },
    {
      op: 'change a person nothing shows',
      expected: staff,
      run: async (r) =>
        (
          await call(
            `/api/people/${(await asAdmin('/api/people', 'POST', { name: 'Ewa Lis', role: 'Radna' })).id}`,
            r,
            'PATCH',
            { organisation: 'UMK' },
          )
        ).status,
    },
  ],
  media: [
    {
      op: 'read the public file',
      expected: all,
      run: async (r) => (await call(`/api/media/${live.media}`, r)).status,
    },
    {
      op: 'read the cover of the public pack',
      expected: all,
      run: async (r) => (await call(`/api/media/${live.cover}`, r)).status,
    },
    {
      op: 'upload a file',
      expected: staff,
      run: async (r) => (await upload(r, `nowe-${r}`)).status,
    },
    {
      op: 'change the public file',
      expected: editors,
      run: async (r) =>
        (await call(`/api/media/${live.media}`, r, 'PATCH', { credit: 'fot. UMK' })).status,
    },
    {
      op: 'delete',
      expected: editors,
      run: async (r) =>
        (
          await call(
            `/api/media/${(await (await upload('setup', `usun-${r}`)).json()).doc.id}`,
            r,
            'DELETE',
          )
        ).status,
    },
  ],
  'press-contacts': [
    {
      op: 'read',
      expected: all,
      run: async (r) => (await call(`/api/press-contacts/${live.contact}`, r)).status,
    },
    {
      op: 'change the contact a public release shows',
      expected: editors,
      run: async (r) =>
        (
          await call(`/api/press-contacts/${live.contact}`, r, 'PATCH', {
            phone: '+48 12 616 00 00',
          })
        ).status,
    },
    {
      op: 'create',
      expected: staff,
      run: async (r) =>
        (
          await call('/api/press-contacts', r, 'POST', {
            name: 'Rzecznik',
            email: 'rzecznik@krakow.test',
          })
        ).status,
    },
  ],
  boilerplates: [
    {
      op: 'read',
      expected: all,
      run: async (r) => (await call(`/api/boilerplates/${live.boilerplate}`, r)).status,
    },
    {
      op: 'change the boilerplate a public release shows',
      expected: editors,
      run: async (r) =>
        (
          await call(`/api/boilerplates/${live.boilerplate}`, r, 'PATCH', {
            text: 'Kraków to miasto.',
          })
        ).status,
    },
  ],
  users: [
    { op: 'list users', expected: staff, run: async (r) => (await call('/api/users', r)).status },
    {
      op: "read a colleague's name and role",
      expected: staff,
      run: async (r) => {
        const res = await call(`/api/users/${adminUserId}`, r)
        const doc = res.ok ? await res.json() : {}
        return doc.name === 'Admin' && doc.role === 'admin' ? 200 : res.ok ? 403 : res.status
      },
    },
    {
      op: "read a colleague's e-mail (the admin's account; the admin reads their own)",
      expected: admins,
      run: async (r) =>
        shownOr403(
          await call(`/api/users/${adminUserId}`, r),
          (doc) => doc.email === 'admin@krakow.test',
        ),
    },
    {
      op: "read colleagues' e-mails in the list",
      expected: admins,
      run: async (r) =>
        shownOr403(
          await call('/api/users?depth=0&limit=0', r),
          ({ docs }: { docs: { email?: string }[] }) =>
            docs.length >= 4 && docs.every((d) => d.email?.endsWith('@krakow.test')),
        ),
    },
    {
      op: "read a colleague's e-mail over GraphQL",
      expected: admins,
      run: async (r) => {
        // A GraphQL error of 500 is recorded by graphql() and fails the cell.
        const { data } = await graphql(r, `{ User(id: ${adminUserId}) { name email } }`)
        return (data?.User as { email?: string } | null)?.email === 'admin@krakow.test' ? 200 : 403
      },
    },
    {
      op: 'read their own e-mail',
      expected: staff,
      run: async (r) =>
        shownOr403(await call('/api/users/me', r), ({ user }) =>
          Boolean(user?.email?.endsWith('@krakow.test')),
        ),
    },
    {
      op: 'create a user',
      audit: 1,
      expected: admins,
      run: async (r) =>
        (
          await call('/api/users', r, 'POST', {
            email: `nowy-${r}@krakow.test`,
            password: 'nowe-haslo-123',
            name: 'Nowy',
          })
        ).status,
    },
    {
      op: "change a colleague's role and approver flag",
      expected: admins,
      audit: 1,
      run: async (r) => {
        const colleague = await asAdmin('/api/users', 'POST', {
          email: `awans-${r}@krakow.test`,
          password: 'awans-haslo-123',
          name: 'Awans',
          role: 'author',
        })
        return (
          await call(`/api/users/${colleague.id}`, r, 'PATCH', { role: 'editor', approver: true })
        ).status
      },
    },
    {
      op: 'unlock an account',
      expected: admins,
      run: async (r) =>
        (await call('/api/users/unlock', r, 'POST', { email: 'editor@krakow.test' })).status,
    },
  ],
  'press-office': [
    {
      op: 'read the global',
      expected: all,
      run: async (r) => (await call('/api/globals/press-office', r)).status,
    },
    {
      op: 'change the global',
      expected: editors,
      run: async (r) =>
        (await call('/api/globals/press-office', r, 'POST', { city: 'Kraków' })).status,
    },
  ],
  journalists: [
    {
      op: 'read',
      expected: staff,
      run: async (r) => (await call(`/api/journalists/${live.journalist}`, r)).status,
    },
    {
      op: 'list, and read over GraphQL',
      expected: staff,
      run: async (r) => {
        const list = await call('/api/journalists?depth=0', r)
        const { data } = await graphql(r, `{ Journalist(id: ${live.journalist}) { email } }`)
        const shown = (data?.Journalist as { email?: string } | null)?.email
        return list.ok === Boolean(shown) ? list.status : 500
      },
    },
    {
      op: 'never shows the token key, to anyone',
      expected: nobody,
      run: async (r) =>
        shownOr403(
          await call(`/api/journalists/${live.journalist}`, r),
          (doc) => 'tokenKey' in doc,
        ),
    },
    {
      op: 'create, pending and untrusted',
      expected: staff,
      run: async (r) =>
        (
          await call('/api/journalists', r, 'POST', {
            name: 'Nowa',
            email: `nowa-${r}@gazeta.test`,
          })
        ).status,
    },
    {
      op: 'create as confirmed',
      expected: editorDecision,
      run: async (r) =>
        (
          await call('/api/journalists', r, 'POST', {
            name: 'Potwierdzona',
            email: `potwierdzona-${r}@gazeta.test`,
            consent: 'confirmed',
          })
        ).status,
    },
    {
      op: 'create as trusted with embargoes',
      expected: editorDecision,
      run: async (r) =>
        (
          await call('/api/journalists', r, 'POST', {
            name: 'Zaufana',
            email: `zaufana-${r}@gazeta.test`,
            embargoTrusted: true,
          })
        ).status,
    },
    {
      op: 'change the outlet',
      expected: staff,
      run: async (r) =>
        (await call(`/api/journalists/${live.journalist}`, r, 'PATCH', { outlet: 'Radio' })).status,
    },
    {
      op: 'trust with embargoes',
      expected: editorDecision,
      run: async (r) =>
        (
          await call(`/api/journalists/${(await freshJournalist()).id}`, r, 'PATCH', {
            embargoTrusted: true,
          })
        ).status,
    },
    {
      op: 'take trust away',
      expected: staff,
      run: async (r) =>
        (
          await call(
            `/api/journalists/${(await freshJournalist({ embargoTrusted: true })).id}`,
            r,
            'PATCH',
            { embargoTrusted: false },
          )
        ).status,
    },
    {
      op: 'confirm consent',
      expected: editorDecision,
      run: async (r) =>
        (
          await call(
            `/api/journalists/${(await freshJournalist({ consent: 'pending' })).id}`,
            r,
            'PATCH',
            { consent: 'confirmed' },
          )
        ).status,
    },
    {
      op: "change a trusted journalist's address",
      expected: editorDecision,
      run: async (r) =>
        (
          await call(
            `/api/journalists/${(await freshJournalist({ embargoTrusted: true })).id}`,
            r,
            'PATCH',
            { email: `przejety-${r}@zly.test` },
          )
        ).status,
    },
    {
      op: "change an untrusted journalist's address",
      expected: staff,
      run: async (r) =>
        (
          await call(`/api/journalists/${(await freshJournalist()).id}`, r, 'PATCH', {
            email: `nowy-adres-${r}@gazeta.test`,
          })
        ).status,
    },
    {
      op: 'delete',
      expected: editors,
      run: async (r) =>
        (await call(`/api/journalists/${(await freshJournalist()).id}`, r, 'DELETE')).status,
    },
    {
      op: 'GraphQL create',
      expected: staff,
      run: async (r) =>
        mutate(
          r,
          `createJournalist(data: { name: "GQL", email: "gql-${r}@gazeta.test", consent: pending, consentSource: staff }) { id }`,
        ),
    },
    {
      op: 'GraphQL create as trusted',
      expected: editorDecision,
      run: async (r) =>
        mutate(
          r,
          `createJournalist(data: { name: "GQL", email: "gql-zaufany-${r}@gazeta.test", consent: pending, consentSource: staff, embargoTrusted: true }) { id }`,
        ),
    },
    {
      op: 'GraphQL update',
      expected: staff,
      run: async (r) =>
        mutate(r, `updateJournalist(id: ${live.journalist}, data: { outlet: "GQL" }) { id }`),
    },
    {
      op: "GraphQL update of a trusted journalist's address",
      expected: editorDecision,
      run: async (r) =>
        mutate(
          r,
          `updateJournalist(id: ${(await freshJournalist({ embargoTrusted: true })).id}, data: { email: "gql-przejety-${r}@zly.test" }) { id }`,
        ),
    },
    {
      op: 'GraphQL delete',
      expected: editors,
      run: async (r) => mutate(r, `deleteJournalist(id: ${(await freshJournalist()).id}) { id }`),
    },
    {
      op: 'import a CSV (custom endpoint)',
      expected: staff,
      run: async (r) =>
        (
          await fetch(`${server.url}/api/journalists/import`, {
            method: 'POST',
            headers: { ...auth[r], 'Content-Type': 'text/csv' },
            body: `name,email\nImport,import-${r}@gazeta.test\n`,
          })
        ).status,
    },
    {
      op: 'import a CSV as already confirmed (custom endpoint)',
      expected: editors,
      run: async (r) =>
        (
          await fetch(`${server.url}/api/journalists/import?consent=confirmed`, {
            method: 'POST',
            headers: { ...auth[r], 'Content-Type': 'text/csv' },
            body: `name,email\nImport,import-potwierdzony-${r}@gazeta.test\n`,
          })
        ).status,
    },
    {
      op: "export a journalist's data (custom endpoint)",
      audit: 1,
      expected: admins,
      run: async (r) => (await call(`/api/journalists/${live.journalist}/export`, r)).status,
    },
    {
      op: "erase a journalist's data (custom endpoint)",
      audit: 1,
      expected: admins,
      run: async (r) =>
        (await call(`/api/journalists/${(await freshJournalist()).id}/erase`, r, 'POST', {}))
          .status,
    },
  ],
  'mailing-lists': [
    {
      op: 'read',
      expected: staff,
      run: async (r) => (await call(`/api/mailing-lists/${live.list}`, r)).status,
    },
    {
      op: 'create',
      expected: staff,
      run: async (r) =>
        (await call('/api/mailing-lists', r, 'POST', { name: `Lista ${r}` })).status,
    },
    {
      op: 'change',
      expected: staff,
      run: async (r) =>
        (
          await call(`/api/mailing-lists/${live.list}`, r, 'PATCH', {
            members: [live.journalist],
          })
        ).status,
    },
    {
      op: 'delete',
      expected: editors,
      run: async (r) =>
        (
          await call(
            `/api/mailing-lists/${(await asAdmin('/api/mailing-lists', 'POST', { name: 'Do usunięcia' })).id}`,
            r,
            'DELETE',
          )
        ).status,
    },
    {
      op: 'GraphQL create',
      expected: staff,
      run: async (r) => mutate(r, `createMailingList(data: { name: "GQL ${r}" }) { id }`),
    },
    {
      op: 'GraphQL update',
      expected: staff,
      run: async (r) =>
        mutate(r, `updateMailingList(id: ${live.list}, data: { name: "Lista" }) { id }`),
    },
    {
      op: 'GraphQL delete',
      expected: editors,
      run: async (r) =>
        mutate(
          r,
          `deleteMailingList(id: ${(await asAdmin('/api/mailing-lists', 'POST', { name: 'GQL do usunięcia' })).id}) { id }`,
        ),
    },
  ],
  deliveries: [
    {
      op: 'read',
      expected: staff,
      run: async (r) => (await call(`/api/deliveries/${live.delivery}`, r)).status,
    },
    {
      op: 'never shows the token key, to anyone',
      expected: nobody,
      run: async (r) =>
        shownOr403(await call(`/api/deliveries/${live.delivery}`, r), (doc) => 'tokenKey' in doc),
    },
    {
      op: 'create (only the distribution code does)',
      expected: nobody,
      run: async (r) =>
        (
          await call('/api/deliveries', r, 'POST', {
            release: live.release,
            journalist: live.journalist,
            kind: 'pre-delivery',
            locale: 'pl',
          })
        ).status,
    },
    {
      op: 'change',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/deliveries/${live.delivery}`, r, 'PATCH', { status: 'sent' })).status,
    },
    {
      op: 'delete',
      expected: admins,
      run: async (r) =>
        (await call(`/api/deliveries/${await freshDelivery()}`, r, 'DELETE')).status,
    },
    {
      op: 'revoke its personal link (custom endpoint)',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (await call(`/api/deliveries/${await freshDelivery()}/revoke`, r, 'POST', {})).status,
    },
    {
      op: 'GraphQL create',
      expected: nobody,
      run: async (r) =>
        mutate(
          r,
          `createDelivery(data: { release: ${live.release}, journalist: ${live.journalist}, kind: pre_delivery, locale: pl, status: queued }) { id }`,
        ),
    },
    {
      op: 'GraphQL update',
      expected: nobody,
      run: async (r) =>
        mutate(r, `updateDelivery(id: ${live.delivery}, data: { attempts: 9 }) { id }`),
    },
    {
      op: 'GraphQL delete',
      expected: admins,
      run: async (r) => mutate(r, `deleteDelivery(id: ${await freshDelivery()}) { id }`),
    },
  ],
  'review-comments': [
    {
      op: 'list',
      expected: staff,
      run: async (r) => (await call('/api/review-comments', r)).status,
    },
    {
      op: 'create (only "Do poprawy" does)',
      expected: nobody,
      run: async (r) =>
        (await call('/api/review-comments', r, 'POST', { release: live.release, comment: 'x' }))
          .status,
    },
    {
      op: 'delete',
      expected: admins,
      run: async (r) =>
        (await call('/api/review-comments?where[id][equals]=0', r, 'DELETE')).status,
    },
  ],
  'link-uses': [
    {
      op: 'list',
      expected: staff,
      run: async (r) => (await call('/api/link-uses', r)).status,
    },
    {
      op: 'create (only an opened link does)',
      expected: nobody,
      run: async (r) =>
        (
          await call('/api/link-uses', r, 'POST', {
            delivery: live.delivery,
            at: hours(0),
            format: 'page',
          })
        ).status,
    },
    {
      op: 'delete',
      expected: admins,
      run: async (r) => (await call('/api/link-uses?where[id][equals]=0', r, 'DELETE')).status,
    },
    {
      op: 'GraphQL create',
      expected: nobody,
      run: async (r) =>
        mutate(
          r,
          `createLinkus(data: { delivery: ${live.delivery}, at: "${hours(0)}", format: page }) { id }`,
        ),
    },
  ],
  'audit-events': [
    {
      op: 'list the trail',
      expected: admins,
      run: async (r) => (await call('/api/audit-events?limit=5', r)).status,
    },
    {
      op: 'read an entry',
      expected: admins,
      run: async (r) => (await call(`/api/audit-events/${live.auditEvent}`, r)).status,
    },
    {
      op: 'read the trail over GraphQL',
      expected: admins,
      run: async (r) => {
        const body = await graphql(r, '{ AuditEvents(limit: 1) { docs { id action } } }')
        if (body.errors) return body.errors[0].extensions?.statusCode ?? 500
        return (body.data?.AuditEvents as { docs: unknown[] }).docs.length ? 200 : 403
      },
    },
    {
      op: 'download the CSV (custom endpoint)',
      expected: admins,
      run: async (r) => (await call('/api/audit-events/csv?from=2000-01-01', r)).status,
    },
    {
      op: 'create an entry (only the server writes them)',
      expected: nobody,
      run: async (r) =>
        (
          await call('/api/audit-events', r, 'POST', {
            at: hours(0),
            action: 'publish',
            actorKind: 'user',
            actorName: 'Podróbka',
          })
        ).status,
    },
    {
      op: 'change an entry',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/audit-events/${live.auditEvent}`, r, 'PATCH', { reason: 'zmiana' }))
          .status,
    },
    {
      op: 'delete an entry',
      expected: nobody,
      run: async (r) => (await call(`/api/audit-events/${live.auditEvent}`, r, 'DELETE')).status,
    },
    {
      op: 'delete entries by a query',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/audit-events?where[id][equals]=${live.auditEvent}`, r, 'DELETE')).status,
    },
    {
      op: 'GraphQL create',
      expected: nobody,
      run: async (r) =>
        mutate(
          r,
          `createAuditEvent(data: { at: "${hours(0)}", action: publish, actorKind: user, actorName: "Podróbka" }) { id }`,
        ),
    },
    {
      op: 'GraphQL update',
      expected: nobody,
      run: async (r) =>
        mutate(r, `updateAuditEvent(id: ${live.auditEvent}, data: { reason: "zmiana" }) { id }`),
    },
    {
      op: 'GraphQL delete',
      expected: nobody,
      run: async (r) => mutate(r, `deleteAuditEvent(id: ${live.auditEvent}) { id }`),
    },
  ],
  'release-events': [
    {
      op: 'list the register',
      expected: staff,
      run: async (r) => (await call('/api/release-events?limit=5', r)).status,
    },
    {
      op: 'read an entry',
      expected: staff,
      run: async (r) => (await call(`/api/release-events/${live.releaseEvent}`, r)).status,
    },
    {
      op: 'read the register over GraphQL',
      expected: staff,
      run: async (r) => {
        const body = await graphql(r, '{ ReleaseEvents(limit: 1) { docs { id kind } } }')
        if (body.errors) return body.errors[0].extensions?.statusCode ?? 500
        return (body.data?.ReleaseEvents as { docs: unknown[] }).docs.length ? 200 : 403
      },
    },
    {
      op: 'create an entry (only the server writes them)',
      expected: nobody,
      run: async (r) =>
        (
          await call('/api/release-events', r, 'POST', {
            at: hours(0),
            release: live.release,
            kind: 'correction',
            note: 'Podróbka',
          })
        ).status,
    },
    {
      op: 'change an entry',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/release-events/${live.releaseEvent}`, r, 'PATCH', { note: 'zmiana' }))
          .status,
    },
    {
      op: 'delete an entry',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/release-events/${live.releaseEvent}`, r, 'DELETE')).status,
    },
    {
      op: 'delete entries by a query',
      expected: nobody,
      run: async (r) =>
        (await call(`/api/release-events?where[id][equals]=${live.releaseEvent}`, r, 'DELETE'))
          .status,
    },
    {
      op: 'GraphQL create',
      expected: nobody,
      run: async (r) =>
        mutate(
          r,
          `createReleaseEvent(data: { at: "${hours(0)}", release: ${live.release}, kind: correction }) { id }`,
        ),
    },
    {
      op: 'GraphQL update',
      expected: nobody,
      run: async (r) =>
        mutate(r, `updateReleaseEvent(id: ${live.releaseEvent}, data: { note: "zmiana" }) { id }`),
    },
    {
      op: 'GraphQL delete',
      expected: nobody,
      run: async (r) => mutate(r, `deleteReleaseEvent(id: ${live.releaseEvent}) { id }`),
    },
  ],
  distribution: [
    {
      op: 'send a release to a list (custom endpoint)',
      audit: 1,
      expected: editors,
      run: async (r) =>
        (
          await call(
            `/api/press-releases/${(await freshRelease('published')).id}/distribute`,
            r,
            'POST',
            { lists: [live.list] },
          )
        ).status,
    },
    {
      op: "a release's outbox (custom endpoint)",
      expected: staff,
      run: async (r) => (await call(`/api/press-releases/${live.release}/outbox`, r)).status,
    },
  ],
}

describe.each(Object.entries(matrix))('%s', (_collection, cells) => {
  describe.each(cells.map((cell) => [cell.op, cell] as const))('%s', (_op, cell) => {
    it.each(roles)('%s', async (role) => {
      serverErrors.length = 0
      const entriesBefore = await auditCount()
      const outcome = outcomeOf(await cell.run(role))
      const audited = (await auditCount()) - entriesBefore
      expect({ outcome, serverErrors, audited }).toEqual({
        outcome: cell.expected[role],
        serverErrors: [],
        audited: cell.expected[role] === 'ok' ? (cell.audit ?? 0) : 0,
      })
    })
  })
})

describe('journalists: the editor decisions', () => {
  it('tells an author who trusts a journalist with embargoes which field only an editor decides', async () => {
    const res = await call(`/api/journalists/${live.journalist}`, 'author', 'PATCH', {
      embargoTrusted: true,
    })
    expect(res.status).toBe(400)
    const [error] = (await res.json()).errors[0].data.errors
    // In the admin's language (Polish unless the request asks for English).
    expect(error.path).toBe('embargoTrusted')
    expect([
      'Tylko redaktor może uznać dziennikarza za zaufanego przy materiałach pod embargiem.',
      'Only an editor may trust a journalist with embargoed material.',
    ]).toContain(error.message)
    const doc = await asAdmin(`/api/journalists/${live.journalist}`, 'GET')
    expect(doc.embargoTrusted).toBe(false)
  })

  it('records which editor confirmed a consent', async () => {
    const editor = (await (await call('/api/users/me', 'editor')).json()).user
    const pending = await freshJournalist({ consent: 'pending' })
    const res = await call(`/api/journalists/${pending.id}?depth=0`, 'editor', 'PATCH', {
      consent: 'confirmed',
    })
    expect(res.status).toBe(200)
    const doc = await asAdmin(`/api/journalists/${pending.id}?depth=0`, 'GET')
    expect([doc.consent, doc.confirmedBy, typeof doc.confirmedAt]).toEqual([
      'confirmed',
      editor.id,
      'string',
    ])
  })
})

describe('slugs', () => {
  const draftAs = async (role: Role, data: Record<string, unknown>) => {
    const res = await call('/api/press-releases?draft=true', role, 'POST', {
      ...releaseData('Projekt'),
      ...data,
      _status: 'draft',
    })
    expect(res.status).toBe(201)
    return (await res.json()).doc as { id: number; slug: string }
  }

  it("cannot take another release's id as a slug: the editor's preview link stays that release", async () => {
    const shadow = await draftAs('author', { headline: 'Podszywka', slug: String(live.release) })
    expect(shadow.slug).toBe(`release-${live.release}`)
    const res = await call(`/api/press-releases/${live.release}/txt?draft=true`, 'editor')
    expect(res.status).toBe(200)
    const text = await res.text()
    expect(text).toContain('Poprawka robocza')
    expect(text).not.toContain('Podszywka')
  })

  it('rewrites control characters and gives an empty slug a word', async () => {
    expect(
      (await draftAs('author', { headline: 'Nowe rondo', slug: 'rondo\u0007\u0000' })).slug,
    ).toBe('rondo')
    expect((await draftAs('author', { headline: '!!!', slug: '\u0001' })).slug).toMatch(
      /^release(-\d+)?$/,
    )
    expect((await draftAs('author', { headline: '2026' })).slug).toMatch(/^release-2026(-\d+)?$/)
  })
})

describe('paging and passwords', () => {
  it.each(['limit=-1&page=-5', 'page=0', 'limit=abc'])(
    'answers ?%s with 400 and says why',
    async (query) => {
      const res = await call(`/api/press-releases?${query}`, 'anonymous')
      expect(res.status).toBe(400)
      const [error] = (await res.json()).errors
      // Worded in the admin's default language, Polish, with its key for any other client.
      expect(error.message).toMatch(/\((page|limit)\) musi być liczbą całkowitą/)
      expect(error.data.key).toMatch(/^refusePaging(Page|Limit)$/)
    },
  )

  it.each([
    ['krótkie', /co najmniej 12 znaków/],
    ['password1234', /zbyt popularne/],
  ])('refuses the password %s', async (password, why) => {
    const res = await call('/api/users', 'admin', 'POST', {
      email: `slabe-${password.length}@krakow.test`,
      password,
      name: 'Słabe hasło',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(why)
  })
})

describe('refusals say why', () => {
  it('tells an author who unpublishes that an editor must do it', async () => {
    const res = await call(`/api/press-releases/${live.release}`, 'author', 'PATCH', {
      _status: 'draft',
    })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toMatch(
      /Tylko redaktor może zmienić lub wycofać opublikowaną informację/,
    )
  })

  it('tells an editor who unpublishes a public release to withdraw it, and leaves it public', async () => {
    const { id } = await freshRelease('published')
    const res = await call(`/api/press-releases/${id}`, 'editor', 'PATCH', { _status: 'draft' })
    expect(res.status).toBe(403)
    const [error] = (await res.json()).errors
    expect(error.data.key).toBe('refuseUnpublishRelease')
    expect(error.message).toMatch(/nie wraca do szkicu\. Zdejmij ją przyciskiem „Wycofaj…”/)
    expect((await call(`/api/press-releases/${id}?depth=0`, 'anonymous')).status).toBe(200)
  })

  it('tells an author who edits a live quote that an editor must do it', async () => {
    const res = await call(`/api/quotes/${live.quote}`, 'author', 'PATCH', {
      context: 'Sesja rady',
    })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toMatch(
      /Pokazuje to opublikowana informacja \(cytat\)/,
    )
  })
})

// Version integrity (issue 20, hole 1). Imported here, not at the top, so this block stands alone.
describe('versions: flags that would rewrite a version row, and scheduling with a version id', () => {
  const versionCount = async (id: number) =>
    (await asAdmin(`/api/press-releases/versions?where[parent][equals]=${id}&limit=1`, 'GET'))
      .totalDocs as number
  const newestVersion = async (id: number) =>
    (
      await asAdmin(
        `/api/press-releases/versions?where[parent][equals]=${id}&sort=-updatedAt&limit=1`,
        'GET',
      )
    ).docs[0].id as number

  const flags = ['draft=true&unpublishAllLocales=true', 'draft=true&autosave=true']
  const cases = flags.flatMap((flag) =>
    (['draft', 'published'] as const).flatMap((status) =>
      roles.map((role) => [flag, status, role] as const),
    ),
  )
  it.each(cases)('PATCH ?%s on a %s release as %s', async (flag, status, role) => {
    const { id } = await freshRelease(status)
    const before = await versionCount(id)
    const res = await call(`/api/press-releases/${id}?${flag}`, role, 'PATCH', {
      headline: `Zmiana (${role})`,
    })
    expect(outcomeOf(res.status)).toBe(editors[role])
    // Allowed, it writes a new version; refused, nothing.
    expect(await versionCount(id)).toBe(before + (editors[role] === 'ok' ? 1 : 0))
  })

  it.each(roles)('the schedule server action with a version id as %s', async (role) => {
    const { scheduleOverHttp } = await import('./helpers/scheduleAction')
    const path = await import('node:path')
    const { id } = await freshRelease('draft')
    const version = await newestVersion(id)
    const entriesBefore = await auditCount()
    const { status, answer } = await scheduleOverHttp(server.url, auth[role], {
      releaseId: id,
      date: new Date(hours(24)),
      version,
    })
    expect(status).toBeLessThan(500)
    expect(answer && 'message' in answer ? 'ok' : 'denied').toBe(editors[role])
    // Scheduled: one entry naming the version; refused: none.
    expect((await auditCount()) - entriesBefore).toBe(editors[role] === 'ok' ? 1 : 0)
    const db = await serverDatabase(server)
    try {
      const { rows } = await db.execute(
        "select input from payload_jobs where task_slug = 'schedulePublish' and completed_at is null",
      )
      const queued = rows
        .map((r) => JSON.parse(String(r.input)))
        .filter((input) => input.doc?.value === id)
      expect(queued.map((input) => input.version)).toEqual(editors[role] === 'ok' ? [version] : [])
    } finally {
      db.close()
    }
  })
})

describe('a public release is not unpublished through the schedule drawer', () => {
  it.each(roles)('scheduling its unpublication as %s', async (role) => {
    const { scheduleOverHttp } = await import('./helpers/scheduleAction')
    const { id } = await freshRelease('published')
    const entriesBefore = await auditCount()
    const { status, answer } = await scheduleOverHttp(server.url, auth[role], {
      releaseId: id,
      date: new Date(hours(24)),
      type: 'unpublish',
    })
    expect(status).toBeLessThan(500)
    expect(answer && 'message' in answer ? 'ok' : 'denied').toBe(nobody[role])
    expect((await auditCount()) - entriesBefore).toBe(0)
    if (role === 'editor')
      expect(answer?.error).toMatch(/^Cofnięcie publikacji – ta informacja była już publiczna/)
  })
})

/**
 * The second pair of eyes, with the office setting on: every role, and "writer", the editor who
 * wrote the current text acting on it. Every other column acts on a text another editor wrote.
 */
describe('withdrawal: withdraw and unwithdraw a published release', () => {
  const publishedRelease = async () =>
    (await asAdmin('/api/press-releases', 'POST', {
      ...releaseData(`Do wycofania ${Math.random().toString(36).slice(2, 7)}`),
      _status: 'published',
    })) as { id: number }
  const cells: { op: string; expected: Row; run: (r: Role) => Promise<number> }[] = [
    {
      op: 'withdraw with a reason',
      expected: editors,
      run: async (r) =>
        (
          await call(`/api/press-releases/${(await publishedRelease()).id}/withdraw`, r, 'POST', {
            reason: 'withdrawn',
            note: 'Wydarzenie odwołano.',
          })
        ).status,
    },
    {
      op: 'withdraw without a reason',
      expected: row('denied', 'denied', 'denied', 'invalid', 'invalid'),
      run: async (r) =>
        (await call(`/api/press-releases/${(await publishedRelease()).id}/withdraw`, r, 'POST', {}))
          .status,
    },
    {
      op: 'undo a withdrawal',
      expected: editors,
      run: async (r) => {
        const { id } = await publishedRelease()
        await asAdmin(`/api/press-releases/${id}/withdraw`, 'POST', { reason: 'error' })
        return (await call(`/api/press-releases/${id}/unwithdraw`, r, 'POST', {})).status
      },
    },
  ]
  describe.each(cells.map((cell) => [cell.op, cell] as const))('%s', (_op, cell) => {
    it.each(roles)('%s', async (role) => {
      serverErrors.length = 0
      const outcome = outcomeOf(await cell.run(role))
      expect({ outcome, serverErrors }).toEqual({ outcome: cell.expected[role], serverErrors: [] })
    })
  })
})

describe('review: submit, return, publish, force-publish and approve-forced', () => {
  const reviewRoles = [...roles, 'writer'] as const
  type ReviewRole = (typeof reviewRoles)[number]
  type ReviewRow = Record<ReviewRole, Outcome>
  const reviewRow = (...o: Outcome[]): ReviewRow =>
    Object.fromEntries(reviewRoles.map((r, i) => [r, o[i]])) as ReviewRow
  let other: Record<string, string> = {}

  beforeAll(async () => {
    await asAdmin('/api/globals/press-office', 'POST', { secondPairOfEyes: true })
    await asAdmin('/api/users', 'POST', {
      email: 'other@krakow.test',
      password: 'other-pass-123',
      name: 'Ewa Redaktorka',
      role: 'editor',
    })
    other = { Authorization: await login(server.url, 'other@krakow.test', 'other-pass-123') }
  })

  /** Who acts in a column: "writer" is the editor, on a text the editor wrote. */
  const actor = (r: ReviewRole): Role => (r === 'writer' ? 'editor' : r)
  const as = async (
    headers: Record<string, string>,
    path: string,
    method: string,
    body?: unknown,
  ) => {
    const res = await fetch(`${server.url}${path}`, {
      method,
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = await res.json()
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`)
    return json.doc ?? json
  }
  /** A draft with text, written by the editor for "writer", by another editor for the rest. */
  const written = async (r: ReviewRole) =>
    (await as(r === 'writer' ? auth.editor : other, '/api/press-releases?draft=true', 'POST', {
      ...releaseData(`Do akceptacji ${Math.random().toString(36).slice(2, 7)}`),
      lead: 'Miasto otwiera nowy park.',
      _status: 'draft',
    })) as { id: number }
  /** A text its writer published alone with a reason (flagged). */
  const forcedBy = async (r: ReviewRole) => {
    const { id } = await written(r)
    await as(
      r === 'writer' ? auth.editor : other,
      `/api/press-releases/${id}?forceReason=Pilne`,
      'PATCH',
      {
        _status: 'published',
      },
    )
    return id
  }

  const cells: { op: string; expected: ReviewRow; run: (r: ReviewRole) => Promise<number> }[] = [
    {
      op: 'submit for review',
      expected: reviewRow('denied', 'ok', 'ok', 'ok', 'ok', 'ok'),
      run: async (r) =>
        (await call(`/api/press-releases/${(await written(r)).id}/submit`, actor(r), 'POST'))
          .status,
    },
    {
      op: 'return with a comment',
      expected: reviewRow('denied', 'denied', 'denied', 'ok', 'ok', 'ok'),
      run: async (r) =>
        (
          await call(`/api/press-releases/${(await written(r)).id}/return`, actor(r), 'POST', {
            comment: 'Popraw datę.',
          })
        ).status,
    },
    {
      op: 'publish',
      expected: reviewRow('denied', 'denied', 'denied', 'ok', 'ok', 'denied'),
      run: async (r) =>
        (
          await call(`/api/press-releases/${(await written(r)).id}`, actor(r), 'PATCH', {
            _status: 'published',
          })
        ).status,
    },
    {
      op: 'force-publish with a reason',
      expected: reviewRow('denied', 'denied', 'denied', 'ok', 'ok', 'ok'),
      run: async (r) =>
        (
          await call(
            `/api/press-releases/${(await written(r)).id}?forceReason=${encodeURIComponent('Komunikat kryzysowy')}`,
            actor(r),
            'PATCH',
            { _status: 'published' },
          )
        ).status,
    },
    {
      op: 'force-publish without a reason',
      expected: reviewRow('denied', 'denied', 'denied', 'ok', 'ok', 'invalid'),
      run: async (r) =>
        (
          await call(
            `/api/press-releases/${(await written(r)).id}?forceReason=`,
            actor(r),
            'PATCH',
            {
              _status: 'published',
            },
          )
        ).status,
    },
    {
      op: 'approve a forced publication afterwards',
      expected: reviewRow('denied', 'denied', 'denied', 'ok', 'ok', 'denied'),
      run: async (r) =>
        (await call(`/api/press-releases/${await forcedBy(r)}/approve-forced`, actor(r), 'POST'))
          .status,
    },
  ]

  describe.each(cells.map((cell) => [cell.op, cell] as const))('%s', (_op, cell) => {
    it.each(reviewRoles)('%s', async (role) => {
      serverErrors.length = 0
      const outcome = outcomeOf(await cell.run(role))
      expect({ outcome, serverErrors }).toEqual({ outcome: cell.expected[role], serverErrors: [] })
    })
  })

  it('names the rule when the writer publishes, and flags a forced publication until another editor approves it', async () => {
    const { id } = await written('writer')
    const refused = await call(`/api/press-releases/${id}`, 'editor', 'PATCH', {
      _status: 'published',
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).errors[0].message).toMatch(/^Zasada „druga para oczu” – /)
    const forced = await call(`/api/press-releases/${id}?forceReason=Pilne`, 'editor', 'PATCH', {
      _status: 'published',
    })
    expect(forced.status).toBe(200)
    const flagged = await as(auth.admin, `/api/press-releases/${id}?depth=0`, 'GET')
    expect(flagged.forcedPublication).toMatchObject({ reason: 'Pilne', approvedBy: null })
    const same = await call(`/api/press-releases/${id}/approve-forced`, 'editor', 'POST')
    expect(same.status).toBe(403)
    await as(other, `/api/press-releases/${id}/approve-forced`, 'POST')
    const approved = await as(auth.admin, `/api/press-releases/${id}?depth=0`, 'GET')
    expect(approved.forcedPublication.approvedBy).toBeTruthy()
  })

  it('refuses to submit a release with no text in any language, naming the field', async () => {
    const { id } = await as(auth.author, '/api/press-releases?draft=true', 'POST', {
      ...releaseData('Sam tytuł'),
      _status: 'draft',
    })
    const res = await call(`/api/press-releases/${id}/submit`, 'author', 'POST')
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toMatch(/^Treść: /)
  })

  it('refuses to send a text to journalists to the editor who wrote it', async () => {
    const { id } = await written('writer')
    const res = await call(`/api/press-releases/${id}/distribute`, 'editor', 'POST', {
      lists: [live.list],
    })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toMatch(/^Zasada „druga para oczu” – /)
  })

  it('refuses the schedule to the editor who wrote the version', async () => {
    const { scheduleOverHttp } = await import('./helpers/scheduleAction')
    const { id } = await written('writer')
    const { answer } = await scheduleOverHttp(server.url, auth.editor, {
      releaseId: id,
      date: new Date(hours(24)),
    })
    expect(answer && 'error' in answer ? String(answer.error) : '').toMatch(
      /^Zasada „druga para oczu” – /,
    )
  })

  it('applies to press packs: the writer may not publish, another editor may', async () => {
    const pack = (await as(auth.editor, '/api/press-packs?draft=true', 'POST', {
      title: 'Pakiet do akceptacji',
      date: hours(0),
      releases: [live.release],
      _status: 'draft',
    })) as { id: number }
    const refused = await call(`/api/press-packs/${pack.id}`, 'editor', 'PATCH', {
      _status: 'published',
    })
    expect(refused.status).toBe(403)
    const ok = await call(`/api/press-packs/${pack.id}`, 'admin', 'PATCH', { _status: 'published' })
    expect(ok.status).toBe(200)
  })
})
