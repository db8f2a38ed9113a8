import { startServer, login, type TestServer, withoutSecondPairOfEyes } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/** Distribution over real HTTP against the built app, with its own job runner sending the mail. */
let server: TestServer
let smtp: TestSmtp
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
const auth: Record<Role, Record<string, string>> = {
  anonymous: {},
  author: {},
  editor: {},
  admin: {},
}

// Asked in English: the refusals are worded in the asker's language (Polish by default).
const api = (path: string, role: Role, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { 'Accept-Language': 'en', ...auth[role], ...(init.headers ?? {}) },
  })

const post = (path: string, body: unknown, role: Role) =>
  api(path, role, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

const create = async (collection: string, data: unknown, role: Role = 'admin') => {
  const res = await post(`/api/${collection}`, data, role)
  const json = await res.json()
  if (!res.ok) throw new Error(`${collection}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc as { id: number }
}

let release: { id: number }
let list: { id: number }

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer('distribution', {
    SMTP_URL: smtp.url,
    PRESSROOM_MAIL_RATE: '0',
    PRESSROOM_PUBLIC_URL: 'https://prasa.krakow.test',
  })
  await post(
    '/api/users/first-register',
    { email: 'admin@krakow.test', password: 'admin-pass-123', name: 'Admin' },
    'anonymous',
  )
  auth.admin = { Authorization: await login(server.url, 'admin@krakow.test', 'admin-pass-123') }
  await withoutSecondPairOfEyes(server.url, auth.admin.Authorization)
  for (const role of ['editor', 'author'] as const) {
    await create('users', {
      email: `${role}@krakow.test`,
      password: 'pass-123-pass',
      name: role,
      role,
    })
    auth[role] = { Authorization: await login(server.url, `${role}@krakow.test`, 'pass-123-pass') }
  }
  // Recording a consent as confirmed is an editor's decision (src/access/journalistDecisions.ts).
  const journalist = await create(
    'journalists',
    {
      name: 'Jan Kowalski',
      email: 'Jan.Kowalski@Gazeta.test',
      outlet: 'Gazeta Krakowska',
      consent: 'confirmed',
      languages: ['pl'],
    },
    'editor',
  )
  list = await create(
    'mailing-lists',
    { name: 'Redakcje krakowskie', members: [journalist.id] },
    'author',
  )
  release = await create(
    'press-releases',
    {
      headline: 'Nowy park na Zabłociu',
      place: 'Kraków',
      date: new Date().toISOString(),
      lead: 'W sobotę mieszkańcy Zabłocia dostaną park z placem zabaw.',
      releaseType: 'immediate',
      _status: 'published',
    },
    'editor',
  )
}, 180_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

it.each(['journalists', 'mailing-lists', 'deliveries', 'link-uses'])(
  'refuses anonymous REST reads of %s with 403',
  async (collection) => {
    expect((await api(`/api/${collection}`, 'anonymous')).status).toBe(403)
  },
)

it('refuses anonymous GraphQL reads of journalists, lists, deliveries and link uses', async () => {
  for (const query of [
    '{ Journalists { docs { email } } }',
    '{ MailingLists { docs { name } } }',
    '{ Deliveries { docs { status } } }',
    '{ LinkUses { docs { format } } }',
  ]) {
    const res = await post('/api/graphql', { query }, 'anonymous')
    const json = await res.json()
    expect(json.data).toEqual({ [query.slice(2).split(' ')[0]]: null })
    expect(json.errors[0].extensions.statusCode).toBe(403)
  }
})

it("lets an author see a release's deliveries but not send it", async () => {
  const res = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [list.id] },
    'author',
  )
  expect(res.status).toBe(403)
  expect(await res.json()).toEqual({
    errors: [
      {
        message: 'Only editors and admins may send releases; authors prepare them.',
        data: { key: 'refuseSendEditorsOnly' },
      },
    ],
  })
  expect((await api(`/api/press-releases/${release.id}/deliveries`, 'author')).status).toBe(200)
  const anonymous = await api(`/api/press-releases/${release.id}/deliveries`, 'anonymous')
  expect(anonymous.status).toBe(401)
  expect(await anonymous.json()).toEqual({
    errors: [{ message: 'Log in to see deliveries.', data: { key: 'refuseLogInDeliveries' } }],
  })
  expect(
    (await post(`/api/press-releases/${release.id}/distribute`, { lists: [list.id] }, 'anonymous'))
      .status,
  ).toBe(401)
})

it('answers 400 naming what is missing', async () => {
  const noLists = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [] },
    'editor',
  )
  expect(noLists.status).toBe(400)
  expect((await noLists.json()).errors[0].message).toContain('Choose at least one mailing list')
  const notEmbargoed = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [list.id], mode: 'pre-delivery' },
    'editor',
  )
  expect(notEmbargoed.status).toBe(400)
  expect((await notEmbargoed.json()).errors[0].message).toContain('not under embargo')
})

it("accepts a distribution with 202 and the server's job runner mails the journalist", async () => {
  const res = await post(
    `/api/press-releases/${release.id}/distribute`,
    { lists: [list.id], mode: 'at-publication' },
    'editor',
  )
  expect(res.status).toBe(202)
  expect(await res.json()).toMatchObject({
    mode: 'at-publication',
    recipients: 1,
    skipped: 0,
    alreadyDelivered: 0,
  })

  // The server's own cron runs the mail queue; the SMTP server tells us when the message arrives.
  await smtp.waitFor(1)
  expect(smtp.received[0].envelopeTo).toEqual(['jan.kowalski@gazeta.test'])
  expect(smtp.received[0].mail.subject).toBe('Nowy park na Zabłociu')

  const deliveries = await (
    await api(`/api/press-releases/${release.id}/deliveries`, 'editor')
  ).json()
  expect(deliveries.counts).toMatchObject({ sent: 1, failed: 0, skipped: 0, queued: 0 })
  expect(deliveries.deliveries[0]).toMatchObject({
    journalist: {
      name: 'Jan Kowalski',
      email: 'jan.kowalski@gazeta.test',
      outlet: 'Gazeta Krakowska',
    },
    status: 'sent',
    attempts: 1,
    kind: 'publication',
  })
}, 60_000)

it('unsubscribes with one click from the link in the mail, and a flipped token gets 404', async () => {
  const raw = smtp.received[0].raw.replace(/\r\n[ \t]+/g, ' ')
  const url = new URL(/<(https:\/\/prasa\.krakow\.test\/u\/[\w-]+\.[\w-]+)>/.exec(raw)![1])
  const last = url.pathname.at(-1) === 'A' ? 'B' : 'A'
  const flipped = await fetch(`${server.url}${url.pathname.slice(0, -1)}${last}`, {
    method: 'POST',
    body: 'List-Unsubscribe=One-Click',
  })
  expect(flipped.status).toBe(404)
  const page = await fetch(`${server.url}${url.pathname}`)
  expect(page.status).toBe(200)
  expect(await page.text()).toContain('<form method="post">')
  const res = await fetch(`${server.url}${url.pathname}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  })
  expect(res.status).toBe(200)
  expect(await res.text()).toContain('Jan Kowalski')
  const journalists = await (await api('/api/journalists', 'editor')).json()
  expect(journalists.docs[0]).toMatchObject({
    email: 'jan.kowalski@gazeta.test',
    consent: 'unsubscribed',
  })
})
