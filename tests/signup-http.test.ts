import fs from 'node:fs'
import path from 'node:path'

import { signToken, verifyToken } from '../src/distribution/token'
import { startServer, login, type TestServer, withoutSecondPairOfEyes } from './helpers/server'
import { startSmtp, type TestSmtp } from './helpers/smtp'

/**
 * Sign-up from the newsroom (double opt-in), CSV import and data protection, over real HTTP
 * against the built app, with a real SMTP server receiving the confirmation mails.
 */
let server: TestServer
let smtp: TestSmtp
type Role = 'anonymous' | 'author' | 'editor' | 'admin'
const auth: Record<Role, Record<string, string>> = {
  anonymous: {},
  author: {},
  editor: {},
  admin: {},
}

const api = (p: string, role: Role, init: RequestInit = {}) =>
  fetch(`${server.url}${p}`, { ...init, headers: { ...auth[role], ...(init.headers ?? {}) } })

const postJson = (p: string, body: unknown, role: Role, headers: Record<string, string> = {}) =>
  api(p, role, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

const create = async (collection: string, data: unknown, role: Role = 'admin') => {
  const res = await postJson(`/api/${collection}`, data, role)
  const json = await res.json()
  if (!res.ok) throw new Error(`${collection}: ${res.status} ${JSON.stringify(json)}`)
  return json.doc as { id: number }
}

/** A form post as the browser sends it, from a client address of the test's choosing. */
const signUpForm = (fields: Record<string, string | string[]>, client: string) => {
  const body = new URLSearchParams()
  for (const [k, v] of Object.entries(fields)) for (const x of [v].flat()) body.append(k, x)
  return fetch(`${server.url}/api/journalists/subscribe`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Forwarded-For': client },
    body,
    redirect: 'manual',
  })
}

const journalistByEmail = async (email: string) => {
  const res = await api(
    `/api/journalists?where[email][equals]=${encodeURIComponent(email)}`,
    'admin',
  )
  return (await res.json()).docs[0] as Record<string, unknown> | undefined
}

const confirmPath = (text: string) =>
  /https:\/\/prasa\.krakow\.test(\/subscribe\/confirm\/[\w-]+\.[\w-]+)/.exec(text)![1]

const secret = 'http-test-signup'

/** Resolves when a message to `address` has arrived (the SMTP server says when each one does). */
const mailTo = async (address: string) => {
  while (!smtp.to(address).length) await smtp.waitFor(smtp.received.length + 1)
  return smtp.to(address)[0]
}

beforeAll(async () => {
  smtp = await startSmtp()
  // The test plays the one proxy in front: its X-Forwarded-For names each client.
  server = await startServer('signup', {
    PRESSROOM_TRUST_PROXY: '1',
    SMTP_URL: smtp.url,
    PRESSROOM_MAIL_RATE: '0',
    PRESSROOM_PUBLIC_URL: 'https://prasa.krakow.test',
    PAYLOAD_SECRET: secret,
  })
  await postJson(
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
}, 600_000)

afterAll(async () => {
  await server?.stop()
  await smtp?.stop()
})

describe('the sign-up form', () => {
  it('is a server-rendered form in pl, en and uk that posts without JavaScript', async () => {
    for (const [locale, title] of [
      ['pl', 'Zapisz się na informacje prasowe'],
      ['en', 'Get our press releases by e-mail'],
      ['uk', 'Підпишіться на пресрелізи'],
    ]) {
      const res = await fetch(`${server.url}/${locale}/subscribe`)
      expect(res.status).toBe(200)
      const html = await res.text()
      expect(html).toContain(title)
      expect(html).toContain('<form action="/api/journalists/subscribe" method="post">')
      expect(html).toContain('name="website"')
      expect(html).toContain(`href="/${locale}/subscribe"`)
    }
  })

  it('records a pending journalist, mails a signed link, and confirms only when it is used', async () => {
    const res = await signUpForm(
      {
        email: 'Marta.Kot@Radio.test',
        name: 'Marta Kot',
        outlet: 'Radio Kraków',
        languages: ['en', 'pl'],
        locale: 'en',
        website: '',
      },
      '10.0.1.1',
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/en/subscribe?status=sent')
    const mail = await mailTo('marta.kot@radio.test')
    expect(mail.mail.subject).toBe('Confirm your subscription to our press releases')
    expect(mail.mail.text).toMatch(/^Dear Marta Kot,\n\nThis e-mail address has been subscribed/)
    const link = confirmPath(mail.mail.text!)
    expect(mail.mail.html).toContain(link)

    const pending = await journalistByEmail('marta.kot@radio.test')
    expect(pending).toMatchObject({
      name: 'Marta Kot',
      outlet: 'Radio Kraków',
      languages: ['en', 'pl'],
      consent: 'pending',
      consentSource: 'sign-up',
    })
    expect(pending!.confirmedAt).toBeFalsy()

    // Opening the link (as a mail scanner does) confirms nothing: it shows a button.
    const page = await fetch(`${server.url}${link}`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<form method="post">')
    expect((await journalistByEmail('marta.kot@radio.test'))!.consent).toBe('pending')

    const confirm = await fetch(`${server.url}${link}`, { method: 'POST', redirect: 'manual' })
    expect(confirm.status).toBe(303)
    expect(confirm.headers.get('location')).toBe('/en/subscribe?status=confirmed')
    const confirmed = await journalistByEmail('marta.kot@radio.test')
    expect(confirmed).toMatchObject({ consent: 'confirmed', consentSource: 'sign-up' })
    expect(Date.parse(String(confirmed!.confirmedAt))).toBeGreaterThanOrEqual(
      Date.parse(String(confirmed!.createdAt)),
    )
    const shown = await (await fetch(`${server.url}/en/subscribe?status=confirmed`)).text()
    expect(shown).toContain('Subscription confirmed.')
  })

  it.each([
    [
      'pl',
      'Dzień dobry,',
      'Ten adres e-mail został zapisany',
      'Z pozdrowieniami',
      '10.0.9.1',
      'Biuro Prasowe Urzędu Miasta Krakowa',
    ],
    [
      'uk',
      'Добрий день,',
      'Цю адресу електронної пошти підписано',
      'З повагою',
      '10.0.9.2',
      'Пресслужба міської ради Кракова',
    ],
  ])(
    'greets and signs the %s confirmation mail as a press office would, from the office by name',
    async (locale, greeting, opening, closing, ip, officeName) => {
      const office = await fetch(`${server.url}/api/globals/press-office?locale=${locale}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...auth.admin },
        body: JSON.stringify({ officeName }),
      })
      expect(office.status).toBe(200)
      const email = `powitanie.${locale}@redakcja.test`
      await postJson(
        '/api/journalists/subscribe',
        { email, name: 'Ola Nowak', locale },
        'anonymous',
        { 'X-Forwarded-For': ip },
      )
      const { text, html, from } = (await mailTo(email)).mail
      const lines = text!.split('\n')
      expect(lines.slice(0, 3)).toEqual([greeting, '', expect.stringMatching(`^${opening}`)])
      // The greeting names nobody: "Dzień dobry Ola Nowak" is not how an office writes.
      expect(text).not.toContain('Ola Nowak')
      // Signed and sent by the office the journalist knows, never by the software's name.
      expect(lines.slice(-3)).toEqual([closing, officeName, ''])
      expect(from?.value[0]?.name).toBe(officeName)
      expect(html).toContain(`<p>${greeting}</p>`)
    },
  )

  it.each([
    // Signed up on the English page ticking Polish too (the form lists Polish first): English.
    [
      'en',
      ['pl', 'en'],
      ['en', 'pl'],
      'Confirm your subscription to our press releases',
      '10.0.3.1',
    ],
    // Signed up on the English page for Polish releases only: Polish, the mail and the page alike.
    ['en', ['pl'], ['pl'], 'Potwierdź zapis na informacje prasowe', '10.0.3.2'],
  ])(
    'on the %s page ticking %j, keeps %j and mails and confirms in the same language',
    async (locale, ticked, stored, subject, ip) => {
      const email = `jezyk.${ip}@redakcja.test`
      await signUpForm({ email, name: 'Ewa Lis', languages: ticked, locale, website: '' }, ip)
      const mail = (await mailTo(email)).mail
      expect(mail.subject).toBe(subject)
      expect((await journalistByEmail(email))!.languages).toEqual(stored)
      const link = confirmPath(mail.text!)
      const confirm = await fetch(`${server.url}${link}`, { method: 'POST', redirect: 'manual' })
      expect(confirm.headers.get('location')).toBe(`/${stored[0]}/subscribe?status=confirmed`)
    },
  )

  it('gives a flipped or expired confirmation link the same 404, and changes nothing', async () => {
    await signUpForm({ email: 'olek@portal.test', name: 'Olek Nowy', locale: 'pl' }, '10.0.2.1')
    const link = confirmPath((await mailTo('olek@portal.test')).mail.text!)
    const last = link.at(-1) === 'A' ? 'B' : 'A'
    const flipped = `${link.slice(0, -1)}${last}`
    const { id } = (await journalistByEmail('olek@portal.test')) as { id: number }
    process.env.PAYLOAD_SECRET = secret
    const key = verifyToken('confirm', link.slice('/subscribe/confirm/'.length))!.key!
    const expired = `/subscribe/confirm/${signToken('confirm', { subject: id, expires: new Date(Date.now() - 1000), key })}`
    // A link for another purpose (unsubscribing) signed for the same journalist does not confirm.
    const otherPurpose = `/subscribe/confirm/${signToken('unsubscribe', { subject: id, expires: new Date(Date.now() + 86_400_000), key })}`
    for (const bad of [flipped, expired, otherPurpose, '/subscribe/confirm/nonsense']) {
      const get = await fetch(`${server.url}${bad}`)
      const post = await fetch(`${server.url}${bad}`, { method: 'POST', redirect: 'manual' })
      expect([bad, get.status, post.status]).toEqual([bad, 404, 404])
      expect(await post.text()).toContain(
        '<h1>Nie znaleziono strony / Page not found / Сторінку не знайдено</h1>',
      )
    }
    expect((await journalistByEmail('olek@portal.test'))!.consent).toBe('pending')
  })

  it('answers the same for a known address and neither resets nor mails a confirmed one', async () => {
    const before = await journalistByEmail('marta.kot@radio.test')
    const mailsBefore = smtp.received.length
    const known = await postJson(
      '/api/journalists/subscribe',
      { email: 'MARTA.KOT@radio.test', name: 'Someone Else', outlet: 'Fake', locale: 'en' },
      'anonymous',
      { 'X-Forwarded-For': '10.0.3.1' },
    )
    const fresh = await postJson(
      '/api/journalists/subscribe',
      { email: 'nowa.osoba@portal.test', name: 'Nowa Osoba', locale: 'en' },
      'anonymous',
      { 'X-Forwarded-For': '10.0.3.1' },
    )
    expect(known.status).toBe(202)
    expect(fresh.status).toBe(202)
    expect(await known.json()).toEqual(await fresh.json())
    await mailTo('nowa.osoba@portal.test')
    expect(smtp.received).toHaveLength(mailsBefore + 1)
    expect(smtp.to('marta.kot@radio.test')).toHaveLength(1)
    expect(await journalistByEmail('marta.kot@radio.test')).toEqual(before)
  })

  it('takes a filled-in honeypot for a script: the same answer, nothing recorded, no mail', async () => {
    const res = await signUpForm(
      { email: 'bot@spam.test', name: 'Bot', locale: 'pl', website: 'http://spam.test' },
      '10.0.4.1',
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/pl/subscribe?status=sent')
    expect(await journalistByEmail('bot@spam.test')).toBeUndefined()
    expect(smtp.to('bot@spam.test')).toHaveLength(0)
  })

  it('sends a bad address back to the form, and a JSON client gets 400 with the reason', async () => {
    const form = await signUpForm({ email: 'not-an-address', name: 'X', locale: 'pl' }, '10.0.5.1')
    expect(form.status).toBe(303)
    expect(form.headers.get('location')).toBe('/pl/subscribe?status=invalid')
    const json = await postJson(
      '/api/journalists/subscribe',
      { email: '', locale: 'en' },
      'anonymous',
      {
        'X-Forwarded-For': '10.0.5.1',
      },
    )
    expect(json.status).toBe(400)
    expect((await json.json()).errors[0].message).toBe(
      'Please give a valid e-mail address and your name.',
    )
  })

  it('limits sign-ups per client address with 429 and a clear message', async () => {
    for (let i = 0; i < 5; i++) {
      const ok = await signUpForm(
        { email: `r${i}@limit.test`, name: `R ${i}`, locale: 'pl' },
        '10.0.6.1',
      )
      expect(ok.status).toBe(303)
    }
    const form = await signUpForm({ email: 'r6@limit.test', name: 'R 6', locale: 'pl' }, '10.0.6.1')
    expect(form.status).toBe(429)
    expect(Number(form.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await form.text()).toContain('Zbyt wiele zapisów z tego adresu IP.')
    const json = await postJson(
      '/api/journalists/subscribe',
      { email: 'r7@limit.test', name: 'R 7', locale: 'en' },
      'anonymous',
      {
        'X-Forwarded-For': '10.0.6.1',
      },
    )
    expect(json.status).toBe(429)
    expect((await json.json()).errors[0].message).toContain(
      'Too many sign-ups from this IP address',
    )
    expect(await journalistByEmail('r6@limit.test')).toBeUndefined()
    // Another client is not held up.
    expect(
      (await signUpForm({ email: 'r8@limit.test', name: 'R 8', locale: 'pl' }, '10.0.6.2')).status,
    ).toBe(303)
  })
})

describe('CSV import', () => {
  const upload = (role: Role, query = '', headers: Record<string, string> = {}) => {
    const form = new FormData()
    const csv = fs.readFileSync(path.join('tests', 'fixtures', 'journalists-import.csv'))
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'journalists.csv')
    return api(`/api/journalists/import${query}`, role, { method: 'POST', body: form, headers })
  }

  it('imports the good rows as pending with a confirmation mail, and reports bad rows and duplicates', async () => {
    await create('journalists', {
      name: 'Jan Kowalski',
      email: 'Jan.Kowalski@Gazeta.test',
      consent: 'confirmed',
    })
    expect((await upload('anonymous')).status).toBe(401)
    const res = await upload('author')
    expect(res.status).toBe(200)
    const report = await res.json()
    expect(report).toMatchObject({ rows: 9, imported: 3, consent: 'pending' })
    // Each reason in the asker's language (the admin's Polish by default), with its key, its line
    // and the value at fault.
    expect(report.errors).toEqual([
      {
        line: 4,
        email: 'bez.nazwiska@portal.test',
        key: 'journalistsImportRowNoName',
        reason: 'Brak imienia i nazwiska.',
      },
      {
        line: 5,
        email: 'to-nie-jest-adres',
        key: 'journalistsImportRowNotEmail',
        reason: '„to-nie-jest-adres” nie jest adresem e-mail.',
      },
      {
        line: 6,
        email: 'dmytro@ukr-media.test',
        key: 'journalistsImportRowLanguage',
        reason: 'Nieznany język: de (do wyboru: pl, en, uk).',
      },
      {
        line: 10,
        email: 'halina@tv.test',
        key: 'journalistsImportRowCells',
        reason: 'Komórek: 6, a nagłówek ma ich 5.',
      },
    ])
    expect(report.duplicates).toEqual([
      {
        line: 7,
        email: 'anna.nowak@radio-krakow.test',
        key: 'journalistsImportRowSameAs',
        reason: 'Ten sam adres co w wierszu 2.',
      },
      {
        line: 8,
        email: 'jan.kowalski@gazeta.test',
        key: 'journalistsImportRowKnown',
        reason: 'Ten adres jest już w bazie.',
      },
    ])
    expect(await journalistByEmail('grazyna@dziennik.test')).toMatchObject({
      name: 'Grażyna Kamińska, red.',
      outlet: 'Dziennik Polski, Kraków',
      languages: ['en', 'pl'],
      topics: ['kultura'],
      consent: 'pending',
      consentSource: 'import',
    })
    expect(await journalistByEmail('anna.nowak@radio-krakow.test')).toMatchObject({
      topics: ['transport', 'zieleń'],
      languages: ['pl', 'en'],
    })
    expect((await mailTo('anna.nowak@radio-krakow.test')).mail.subject).toBe(
      'Potwierdź zapis na informacje prasowe',
    )
    expect((await mailTo('bogdan@tygodnik.test')).mail.subject).toBe(
      'Potwierdź zapis na informacje prasowe',
    )
    expect((await mailTo('grazyna@dziennik.test')).mail.subject).toBe(
      'Confirm your subscription to our press releases',
    )
    // Imported again, by a staff member whose admin is in English: every row is now a duplicate
    // (or still a bad row), each reason in English.
    const again = await (await upload('editor', '', { 'Accept-Language': 'en' })).json()
    expect(again.imported).toBe(0)
    expect(again.duplicates).toHaveLength(5)
    expect(again.duplicates[0]).toEqual({
      line: 2,
      email: 'anna.nowak@radio-krakow.test',
      key: 'journalistsImportRowKnown',
      reason: 'Already in the database.',
    })
    expect(again.errors.map((e: { line: number; reason: string }) => [e.line, e.reason])).toEqual([
      [4, 'No name.'],
      [5, '"to-nie-jest-adres" is not an e-mail address.'],
      [6, 'Unknown language de (use pl, en, uk).'],
      [10, '6 cells where the header has 5.'],
    ])
  })

  it('records them as confirmed (source: import) only when staff assert the consent', async () => {
    const form = new FormData()
    form.append(
      'file',
      new Blob(['name;email;languages\nIrena Sowa;irena@sowa.test;pl\n'], { type: 'text/csv' }),
      'one.csv',
    )
    const res = await api('/api/journalists/import?consent=confirmed', 'editor', {
      method: 'POST',
      body: form,
    })
    expect(await res.json()).toMatchObject({
      rows: 1,
      imported: 1,
      consent: 'confirmed',
      errors: [],
      duplicates: [],
    })
    expect(await journalistByEmail('irena@sowa.test')).toMatchObject({
      consent: 'confirmed',
      consentSource: 'import',
    })
    expect(smtp.to('irena@sowa.test')).toHaveLength(0)
  })

  it('refuses a file that is not a CSV table with 400 and the reason', async () => {
    const res = await api('/api/journalists/import', 'editor', {
      method: 'POST',
      headers: { 'Content-Type': 'text/csv' },
      body: 'imie,adres\nJan,jan@x.test\n',
    })
    expect(res.status).toBe(400)
    expect((await res.json()).errors[0].message).toBe(
      'Pierwszy wiersz musi nazywać kolumny (name, email, outlet, languages, topics); brakuje: name, email.',
    )
  })
})

describe('data protection', () => {
  it('lets only admins export a journalist with their deliveries, and erase them keeping the counts', async () => {
    const journalist = await create('journalists', {
      name: 'Piotr Prywatny',
      email: 'piotr@prywatny.test',
      outlet: 'Gazeta Wyborcza Kraków',
      consent: 'confirmed',
      languages: ['pl'],
    })
    const list = await create('mailing-lists', { name: 'Prywatni', members: [journalist.id] })
    const release = await create(
      'press-releases',
      {
        headline: 'Nowe ławki na Plantach',
        place: 'Kraków',
        date: new Date().toISOString(),
        lead: 'Na Plantach stanie sto nowych ławek.',
        releaseType: 'immediate',
        _status: 'published',
      },
      'editor',
    )
    const distributed = await postJson(
      `/api/press-releases/${release.id}/distribute`,
      { lists: [list.id] },
      'editor',
    )
    expect(distributed.status).toBe(202)
    // The server's job runner sends it; wait until it is recorded, so the counts stand still.
    await mailTo('piotr@prywatny.test')
    const counts = async () =>
      (await (await api(`/api/press-releases/${release.id}/deliveries`, 'admin')).json()).counts
    for (let tries = 0; (await counts()).sent !== 1 && tries < 1000; tries++);

    for (const [role, status] of [
      ['anonymous', 401],
      ['author', 403],
      ['editor', 403],
    ] as const) {
      expect((await api(`/api/journalists/${journalist.id}/export`, role)).status).toBe(status)
      expect(
        (await api(`/api/journalists/${journalist.id}/erase`, role, { method: 'POST' })).status,
      ).toBe(status)
    }
    const exported = await api(`/api/journalists/${journalist.id}/export`, 'admin')
    expect(exported.status).toBe(200)
    expect(exported.headers.get('content-disposition')).toContain(
      `journalist-${journalist.id}.json`,
    )
    const data = await exported.json()
    expect(data.journalist).toMatchObject({
      name: 'Piotr Prywatny',
      email: 'piotr@prywatny.test',
      consent: 'confirmed',
    })
    expect(data.mailingLists).toEqual([{ id: list.id, name: 'Prywatni' }])
    expect(data.deliveries).toHaveLength(1)
    expect(data.deliveries[0]).toMatchObject({
      release: { id: release.id, headline: 'Nowe ławki na Plantach' },
      kind: 'publication',
      status: 'sent',
      linkUses: [],
    })

    const countsBefore = await counts()
    const erased = await api(`/api/journalists/${journalist.id}/erase`, 'admin', { method: 'POST' })
    expect(erased.status).toBe(200)
    const after = await (await api(`/api/journalists/${journalist.id}`, 'admin')).json()
    expect(after).toMatchObject({
      name: '—',
      email: `erased-${journalist.id}@erased.invalid`,
      outlet: null,
      topics: [],
      consent: 'unsubscribed',
    })
    expect(JSON.stringify(after)).not.toMatch(/Piotr|prywatny|Wyborcza/i)
    expect(await counts()).toEqual(countsBefore)
    const listAfter = await (await api(`/api/mailing-lists/${list.id}?depth=0`, 'admin')).json()
    expect(listAfter.members).toEqual([])
    const exportAfter = await (
      await api(`/api/journalists/${journalist.id}/export`, 'admin')
    ).json()
    expect(JSON.stringify(exportAfter)).not.toMatch(/Piotr|prywatny|Wyborcza/i)
    expect(exportAfter.deliveries).toHaveLength(1)
  })
})
