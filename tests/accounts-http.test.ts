import http from 'node:http'

import { startServer, login, type TestServer } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Accounts and requests over real HTTP, with the app facing the network directly (no
 * PRESSROOM_TRUST_PROXY, no PRESSROOM_PUBLIC_URL): the client is the socket's address, whatever
 * the request says. The test is several clients by connecting from several loopback addresses
 * (127.0.0.1, 127.0.0.2, …), which Linux routes to the server on 127.0.0.1.
 */
let server: TestServer
let smtp: TestSmtp
let adminAuth: string
const admin = { email: 'admin@krakow.test', password: 'admin-haslo-123' }

type Answer = { status: number; headers: http.IncomingHttpHeaders; text: string }

/** One request from the given local address (a client of its own to the server). */
const requestFrom = (
  from: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, server.url)
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: `${url.pathname}${url.search}`,
        method: init.method ?? 'GET',
        headers: init.headers,
        localAddress: from,
        agent: false,
      },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (text += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }))
      },
    )
    req.on('error', reject)
    req.end(init.body)
  })

const postJsonFrom = (
  from: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  requestFrom(from, path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const signUp = (from: string, email: string, headers: Record<string, string> = {}) =>
  postJsonFrom(from, '/api/journalists/subscribe', { email, name: 'Ktoś', locale: 'pl' }, headers)

/**
 * Resolves once the sign-up queue has done everything sent before now: sign-ups are worked one
 * after another, so the confirmation mail of a fresh address signed up last arrives last.
 */
let markers = 0
const queueDone = async () => {
  const marker = `znacznik-${++markers}@kolejka.test`
  expect((await signUp('127.0.0.250', marker)).status).toBe(202)
  while (!smtp.to(marker).length) await smtp.waitFor(smtp.received.length + 1)
}

const mailLink = (address: string) => {
  const mails = smtp.to(address)
  const html = String(mails.at(-1)?.mail.html ?? '')
  return /href="([^"]+)"/.exec(html)?.[1] ?? null
}

beforeAll(async () => {
  smtp = await startSmtp()
  server = await startServer('accounts', { SMTP_URL: smtp.url, PRESSROOM_MAIL_RATE: '0' })
  const first = await postJsonFrom('127.0.0.1', '/api/users/first-register', {
    ...admin,
    name: 'Admin',
  })
  expect(first.status).toBe(200)
  adminAuth = await login(server.url, admin.email, admin.password)
  for (const email of ['ofiara@krakow.test', 'reset@krakow.test', 'host@krakow.test']) {
    const res = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: adminAuth },
      body: JSON.stringify({
        email,
        password: 'stare-haslo-123',
        name: email.split('@')[0],
        role: 'editor',
      }),
    })
    expect(res.status).toBe(201)
  }
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('the client address', () => {
  it('says at start-up where reset links lead without PRESSROOM_PUBLIC_URL', () => {
    expect(server.output()).toContain('PRESSROOM_PUBLIC_URL is not set: password-reset links use')
  })

  it('is the socket: a sign-in guesser varying X-Forwarded-For (or the internal header) is one client', async () => {
    const statuses = []
    for (let n = 0; n < 6; n++) {
      const res = await postJsonFrom(
        '127.0.0.1',
        '/api/users/login',
        { email: 'ofiara@krakow.test', password: `zgadywane-${n}` },
        { 'X-Forwarded-For': `198.51.100.${n}`, 'X-Pressroom-Client': `192.0.2.${n}` },
      )
      statuses.push(res.status)
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429])
    // The owner, from another address, is let in.
    const owner = await postJsonFrom('127.0.0.2', '/api/users/login', {
      email: 'ofiara@krakow.test',
      password: 'stare-haslo-123',
    })
    expect(owner.status).toBe(200)
  })

  it('is the socket: eight sign-ups with eight X-Forwarded-For get five 202s, then 429', async () => {
    const statuses = []
    for (let n = 0; n < 8; n++) {
      const res = await signUp('127.0.0.3', `ktos-${n}@ofiara.test`, {
        'X-Forwarded-For': `203.0.113.${n}`,
        'X-Pressroom-Client': `192.0.2.${n}`,
      })
      statuses.push(res.status)
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429, 429, 429])
  })
})

describe('sign-ups', () => {
  it('mail one address at most three confirmations a day, whoever signs it up', async () => {
    const answers = []
    for (let n = 10; n < 16; n++)
      answers.push((await signUp(`127.0.0.${n}`, 'ofiara@poczta.test')).text)
    // Every client gets the same answer: the limit tells nothing about the address.
    expect(new Set(answers).size).toBe(1)
    await queueDone()
    expect(smtp.to('ofiara@poczta.test')).toHaveLength(3)
  })

  it('answer a new, pending, confirmed and unsubscribed address with the same bytes, and still do the work', async () => {
    const make = async (email: string, consent: string) => {
      const res = await fetch(`${server.url}/api/journalists`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: adminAuth },
        body: JSON.stringify({ name: consent, email, consent }),
      })
      expect(res.status).toBe(201)
    }
    await make('czeka@stan.test', 'pending')
    await make('potwierdzony@stan.test', 'confirmed')
    await make('wypisany@stan.test', 'unsubscribed')
    const emails = [
      'nowy@stan.test',
      'czeka@stan.test',
      'potwierdzony@stan.test',
      'wypisany@stan.test',
    ]
    const answers: { status: number; type: unknown; body: string }[] = []
    for (const email of emails) {
      const res = await signUp('127.0.0.20', email)
      answers.push({ status: res.status, type: res.headers['content-type'], body: res.text })
    }
    expect(answers.every((a) => JSON.stringify(a) === JSON.stringify(answers[0]))).toBe(true)
    expect(answers[0].status).toBe(202)
    await queueDone()
    expect(emails.map((e) => smtp.to(e).length)).toEqual([1, 1, 0, 1])
    const consent = async (email: string) => {
      const res = await fetch(
        `${server.url}/api/journalists?where[email][equals]=${encodeURIComponent(email)}`,
        { headers: { Authorization: adminAuth } },
      )
      return (await res.json()).docs[0]?.consent
    }
    expect(await Promise.all(emails.map(consent))).toEqual([
      'pending',
      'pending',
      'confirmed',
      'pending',
    ])
  })
})

describe('resetting a password', () => {
  it('mails an absolute link to this server, and refuses a weak new password, keeping the old one', async () => {
    const asked = await postJsonFrom('127.0.0.30', '/api/users/forgot-password', {
      email: 'reset@krakow.test',
    })
    expect(asked.status).toBe(200)
    while (!smtp.to('reset@krakow.test').length) await smtp.waitFor(smtp.received.length + 1)
    const link = mailLink('reset@krakow.test')!
    expect(link).toMatch(new RegExp(`^${server.url}/admin/reset/[0-9a-f]+$`))
    const token = link.split('/').at(-1)!

    const weak = await postJsonFrom('127.0.0.30', '/api/users/reset-password', {
      token,
      password: 'abc',
    })
    expect(weak.status).toBe(400)
    expect(JSON.parse(weak.text).errors[0].data.errors[0]).toMatchObject({
      path: 'password',
      message: 'Hasło musi mieć co najmniej 12 znaków.',
    })
    const old = await postJsonFrom('127.0.0.30', '/api/users/login', {
      email: 'reset@krakow.test',
      password: 'stare-haslo-123',
    })
    expect(old.status).toBe(200)
    const abc = await postJsonFrom('127.0.0.31', '/api/users/login', {
      email: 'reset@krakow.test',
      password: 'abc',
    })
    expect(abc.status).toBe(401)

    const strong = await postJsonFrom('127.0.0.30', '/api/users/reset-password', {
      token,
      password: 'nowe-dlugie-haslo',
    })
    expect(strong.status).toBe(200)
  })

  it('never puts a Host the request names, other than this machine, into the link', async () => {
    const asked = await postJsonFrom(
      '127.0.0.32',
      '/api/users/forgot-password',
      { email: 'host@krakow.test' },
      { Host: 'zlodziej.test' },
    )
    expect(asked.status).toBe(200)
    while (!smtp.to('host@krakow.test').length) await smtp.waitFor(smtp.received.length + 1)
    const link = mailLink('host@krakow.test')!
    expect(link).not.toContain('zlodziej.test')
    expect(link).toMatch(/^http:\/\/localhost:\d+\/admin\/reset\/[0-9a-f]+$/)
  })
})

describe('requests', () => {
  it("accepts a cookie-signed change from the server's own origin only", async () => {
    const signedIn = await postJsonFrom('127.0.0.40', '/api/users/login', admin)
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0]
    const { user } = JSON.parse(signedIn.text)
    const rename = (origin: string, name: string) =>
      requestFrom('127.0.0.40', `/api/users/${user.id}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json', Cookie: cookie, Origin: origin },
        body: JSON.stringify({ name }),
      })
    const foreign = await rename('http://obca-strona.test', 'Przejęty')
    expect(foreign.status).toBe(403)
    expect(JSON.parse(foreign.text).errors[0].message).toMatch(/another site/)
    const own = await rename(server.url, 'Admin Główny')
    expect(own.status).toBe(200)
    const me = await (
      await fetch(`${server.url}/api/users/${user.id}`, { headers: { Authorization: adminAuth } })
    ).json()
    expect(me.name).toBe('Admin Główny')
  })

  it('answers a limit past any number a database takes with 400 naming the limit', async () => {
    for (const query of [
      'limit=99999999999999999999',
      'page=99999999999999999999',
      'limit=2147483647&page=2147483647',
    ]) {
      const res = await fetch(`${server.url}/api/press-releases?${query}`)
      expect([query, res.status]).toEqual([query, 400])
      expect((await res.json()).errors[0].message).toMatch(/limit|page/)
    }
  })

  it('refuses a GraphQL query nested deeper than 15 levels, before running it', async () => {
    let selection = 'name'
    for (let n = 0; n < 20; n++) selection = `name fields { type { ${selection} } }`
    const graphql = (query: string) =>
      fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query }),
      })
    const deep = await graphql(`{ __type(name: "PressRelease") { ${selection} } }`)
    // graphql-http answers a plain JSON client's invalid query with 200 and errors, no data.
    const body = await deep.json()
    expect(body.data).toBeUndefined()
    expect(body.errors[0].message).toBe(
      'The query nests deeper than 15 levels: ask for less at once.',
    )
    const shallow = await graphql('{ PressReleases(limit: 1) { docs { headline } } }')
    expect(shallow.status).toBe(200)
  })
})
