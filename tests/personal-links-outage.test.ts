import type { Payload } from 'payload'

import type pg from 'pg'

import { signToken } from '../src/distribution/token'
import { isDatabaseUnavailable } from '../src/lib/unavailable'
import { databaseUnavailableDocument } from '../src/lib/unavailablePage'
import { hoursFromNow, makeJournalist, makeRelease, setupOffice } from './helpers/content'
import { bootPayload, describeOnPostgres, type TestPayload } from './helpers/payload'
import { freePort } from '../scripts/free-port'

/**
 * A personal link when the database fails under it, on PostgreSQL and in-process: the link's
 * route handler called as Next calls it. The database refusing the log row, and the database gone
 * (its pooled connections cut and new ones refused), are real failures of a real server.
 */
await describeOnPostgres(() => {
  let t: TestPayload
  let payload: Payload
  let token: string
  let deliveryId: number
  const headline = 'Nowy rozkład jazdy tramwajów od 1 grudnia'

  const sql = (text: string) => (payload.db as unknown as { pool: pg.Pool }).pool.query(text)
  const usesLogged = async () =>
    (await payload.count({ collection: 'link-uses', where: { delivery: { equals: deliveryId } } }))
      .totalDocs
  const openTxt = async () => {
    const { GET } = await import('../src/app/(distribution)/r/[token]/[format]/route')
    return GET(new Request(`http://127.0.0.1/r/${token}/txt`), {
      params: Promise.resolve({ token, format: 'txt' }),
    })
  }

  beforeAll(async () => {
    t = await bootPayload('personal-links-outage', 'postgres')
    payload = t.payload
    await setupOffice(payload)
    const release = await makeRelease(payload, { headline, embargoUntil: hoursFromNow(2) })
    const journalist = await makeJournalist(payload, {
      name: 'Jan Kowalski',
      email: 'jan.kowalski@gazeta.test',
      outlet: 'Gazeta Krakowska',
      embargoTrusted: true,
    })
    const delivery = await payload.create({
      collection: 'deliveries',
      data: {
        release: release.id,
        journalist: journalist.id,
        kind: 'pre-delivery',
        locale: 'pl',
        status: 'sent',
      },
      overrideAccess: true,
    })
    deliveryId = delivery.id
    token = signToken('link', {
      subject: delivery.id,
      expires: new Date(Date.now() + 86400_000),
      key: delivery.tokenKey!,
    })
  })

  afterAll(async () => t?.destroy())

  it('serves the copy when only the log row is refused, and the use is lost, not the copy', async () => {
    const before = await usesLogged()
    await sql('alter table link_uses add constraint refuse_new_uses check (false) not valid')
    try {
      const res = await openTxt()
      expect(res.status).toBe(200)
      const text = await res.text()
      expect(text).toContain(headline)
      expect(text).toContain('Jan Kowalski (Gazeta Krakowska)')
      expect(await usesLogged()).toBe(before)
    } finally {
      await sql('alter table link_uses drop constraint refuse_new_uses')
    }
    // Logged again once the database takes the rows.
    expect((await openTxt()).status).toBe(200)
    expect(await usesLogged()).toBe(before + 1)
  })

  it('answers the plain 503 page, not a 404 or a 500, while the database is gone', async () => {
    const { openPersonalLink } = await import('../src/distribution/personalLinks')
    const pool = (payload.db as unknown as { pool: pg.Pool & { options: pg.PoolConfig } }).pool
    const address = pool.options.connectionString!
    const gone = new URL(address)
    gone.port = String(await freePort())
    pool.options.connectionString = gone.toString()
    // Cut this pool's open connections: the next query needs a new one, and none is accepted.
    const admin = new (await import('pg')).default.Client({ connectionString: address })
    await admin.connect()
    await admin.query(
      'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
    )
    await admin.end()
    try {
      const error = await openPersonalLink(payload, token, 'page').then(
        () => null,
        (e: unknown) => e,
      )
      expect(isDatabaseUnavailable(error)).toBe(true)

      const res = await openTxt()
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('5')
      expect(await res.text()).toBe(databaseUnavailableDocument())
    } finally {
      pool.options.connectionString = address
    }
    expect((await openTxt()).status).toBe(200)
  })
})
