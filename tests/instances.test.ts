import type { Payload } from 'payload'

import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'

import { loginLimits } from '../src/access/loginThrottle'
import { makeRelease, makeUser, setupOffice, withoutSecondPairOfEyes } from './helpers/content'
import { nextWholeMinute, startInstances, waitFor, type TwoInstances } from './helpers/instances'
import { describeOnPostgres } from './helpers/payload'
import { pdfPages } from './helpers/pdf'
import { startS3, type TestS3 } from './helpers/s3'
import { login } from './helpers/server'

/**
 * Two real `next start` instances of one build on one PostgreSQL database, one S3 bucket (s3rver)
 * and one data folder, as behind a load balancer: what one does, the other shows at once, and
 * each scheduled publication goes out once even when an instance dies mid-run.
 */
await describeOnPostgres(() => {
  let two: TwoInstances
  let payload: Payload
  let editorOnA: string
  let editorId: number
  let editorEmail: string
  let s3: TestS3

  // Both look at the publication queue every 5 s; a job a dead instance held is free after 15 s.
  beforeAll(async () => {
    s3 = await startS3()
    two = await startInstances('two', {
      ...s3.env,
      PRESSROOM_JOB_POLL_S: '5',
      PRESSROOM_JOB_LEASE_S: '15',
      // The test plays one proxy: a guesser it names by X-Forwarded-For is not the test's own
      // sign-ins, which the guesses would otherwise lock out for a minute.
      PRESSROOM_TRUST_PROXY: '1',
    })
  }, 300_000) // includes `next build` when the sources changed
  afterAll(async () => {
    await two?.stop()
    await s3?.close()
  }, 60_000)

  const register = (url: string, email: string) =>
    fetch(`${url}/api/users/first-register`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password: 'first-admin-pass-7', name: email.split('@')[0] }),
    })

  it('makes only one of six first registrations sent to both instances at once an admin', async () => {
    const attempts = await Promise.all(
      ['anna', 'obcy', 'trzeci', 'czwarty', 'piaty', 'szosty'].map((who, i) =>
        register(i % 2 ? two.b.url : two.a.url, `${who}@krakow.test`),
      ),
    )
    const statuses = attempts.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 403)).toHaveLength(5)
    const { rows } = await two.sql.query('select email, role from users')
    expect(rows).toHaveLength(1)
    expect(rows[0].role).toBe('admin')

    // Content for the tests below comes from the builders, in this process, on the same database.
    payload = await two.localPayload()
    await setupOffice(payload)
    // These tests are about instances, not review: the editor edits live releases and saves them.
    await withoutSecondPairOfEyes(payload)
    const editor = await makeUser(payload, 'editor')
    editorId = editor.id
    editorEmail = editor.email
    editorOnA = await login(two.a.url, editor.email, 'correct horse battery staple')
  }, 120_000)

  it('downloads through B a photo uploaded through A, from the one bucket', async () => {
    const green = { width: 300, height: 200, channels: 3, background: '#2e7d32' } as const
    const png = await sharp({ create: green }).png().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'planty.png')
    form.append('_payload', JSON.stringify({ alt: 'Planty jesienią' }))
    const uploaded = await fetch(`${two.a.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: editorOnA },
      body: form,
    })
    expect(uploaded.status).toBe(201)
    const { doc } = (await uploaded.json()) as { doc: { filename: string } }
    expect(await s3.keys('media/')).toContain(`media/${doc.filename}`)
    expect(fs.existsSync(path.join(two.dataDir, 'media', doc.filename))).toBe(false)

    const editorOnB = await login(two.b.url, editorEmail, 'correct horse battery staple')
    const download = await fetch(`${two.b.url}/api/media/file/${doc.filename}`, {
      headers: { Authorization: editorOnB },
    })
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'image/png'])
    expect(Buffer.from(await download.arrayBuffer())).toEqual(png)
  })

  it("counts one client's sign-in guesses on both instances together", async () => {
    const guess = (url: string) =>
      fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
        body: JSON.stringify({ email: editorEmail, password: 'zgadywane-haslo' }),
      }).then((r) => r.status)
    const statuses = []
    for (let i = 0; i < loginLimits.attempts; i++) {
      statuses.push(await guess(i % 2 ? two.b.url : two.a.url))
    }
    expect(statuses).toEqual(Array(loginLimits.attempts).fill(401))
    expect([await guess(two.a.url), await guess(two.b.url)]).toEqual([429, 429])
  })

  const patchOnA = async (id: number, data: object) => {
    const res = await fetch(`${two.a.url}/api/press-releases/${id}?draft=false`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: editorOnA },
      body: JSON.stringify(data),
    })
    expect(res.status).toBe(200)
    return res
  }

  it('shows a release published on A to anonymous readers of B in the same second', async () => {
    const release = await makeRelease(payload, {
      _status: 'draft',
      headline: 'Nowy park na Zabłociu',
    })
    const onB = {
      api: `${two.b.url}/api/press-releases/${release.id}`,
      page: `${two.b.url}/pl/${release.slug}`,
      txt: `${two.b.url}/api/press-releases/${release.id}/txt?locale=pl`,
    }
    for (const url of Object.values(onB)) expect((await fetch(url)).status).toBe(404)

    await patchOnA(release.id, { _status: 'published' })
    // B's very next read, with no wait or retry: nothing B keeps may hide the publication.
    const api = await fetch(onB.api)
    expect(api.status).toBe(200)
    const [page, txt] = await Promise.all([fetch(onB.page), fetch(onB.txt)])
    expect([page.status, txt.status]).toEqual([200, 200])
    expect(await txt.text()).toContain('Nowy park na Zabłociu')
  })

  it('never serves an edit saved on A stale from B: API, HTML, TXT and PDF', async () => {
    const release = await makeRelease(payload, { headline: 'Remont ulicy Krakowskiej' })
    const read = async () => {
      const [api, html, txt, pdf] = await Promise.all([
        fetch(`${two.b.url}/api/press-releases/${release.id}`).then((r) => r.json()),
        fetch(`${two.b.url}/api/press-releases/${release.id}/html?locale=pl`).then((r) => r.text()),
        fetch(`${two.b.url}/api/press-releases/${release.id}/txt?locale=pl`).then((r) => r.text()),
        fetch(`${two.b.url}/api/press-releases/${release.id}/pdf?locale=pl`).then(async (r) =>
          (await pdfPages(new Uint8Array(await r.arrayBuffer()))).join('\n'),
        ),
      ])
      return { api: api.headline as string, html, txt, pdf }
    }
    // B has read (and rendered, and remembered) the first version.
    const before = await read()
    expect(before.api).toBe('Remont ulicy Krakowskiej')
    for (const text of [before.html, before.txt, before.pdf])
      expect(text).toContain('Remont ulicy Krakowskiej')

    await patchOnA(release.id, { headline: 'Remont ulicy Długiej', changeKind: 'minor' })
    const after = await read()
    expect(after.api).toBe('Remont ulicy Długiej')
    for (const text of [after.html, after.txt, after.pdf]) {
      expect(text).toContain('Remont ulicy Długiej')
      expect(text).not.toContain('Remont ulicy Krakowskiej')
    }
  }, 60_000)

  it('never serves a release stale from B after something it cites was edited on A', async () => {
    const boilerplate = await payload.create({
      collection: 'boilerplates',
      locale: 'pl',
      data: { title: 'O Krakowie', text: 'Kraków liczy 800 tysięcy mieszkańców.' },
      overrideAccess: true,
    })
    const release = await makeRelease(payload, {
      headline: 'Dni Krakowa',
      boilerplates: [boilerplate.id],
    })
    const txtOnB = () =>
      fetch(`${two.b.url}/api/press-releases/${release.id}/txt?locale=pl`).then((r) => r.text())
    expect(await txtOnB()).toContain('800 tysięcy')

    const res = await fetch(`${two.a.url}/api/boilerplates/${boilerplate.id}?locale=pl`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json', Authorization: editorOnA },
      body: JSON.stringify({ text: 'Kraków liczy 804 tysiące mieszkańców.' }),
    })
    expect(res.status).toBe(200)
    const after = await txtOnB()
    expect(after).toContain('804 tysiące')
    expect(after).not.toContain('800 tysięcy')
  })

  const schedule = (releaseId: number, at: Date) =>
    payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'press-releases', value: releaseId },
        user: editorId,
      } as never,
      waitUntil: at,
    })

  /** How many times each release was published: its versions saved as published. */
  const publications = async (ids: number[]) => {
    const { rows } = await two.sql.query(
      `select parent_id as id, count(*)::int as n from _press_releases_v
        where version__status = 'published' and parent_id = any($1) group by parent_id`,
      [ids],
    )
    return new Map(rows.map((r: { id: number; n: number }) => [r.id, r.n]))
  }
  const allPublished = async (ids: number[]) => {
    const counts = await publications(ids)
    return ids.every((id) => (counts.get(id) ?? 0) >= 1) && ids.map((id) => counts.get(id))
  }
  /**
   * Every job ran and was removed; none is left claimed or failed. A job removes its row just
   * after its publication commits, so the last may still be there for a moment.
   */
  const expectNoJobLeft = async () => {
    const jobsLeft = async () =>
      (
        await two.sql.query(
          `select id, processing, has_error from payload_jobs where queue = 'default'`,
        )
      ).rows
    // Given 10 s; the rows left after that are the failure's message.
    await waitFor(
      'every job removed',
      async () => (await jobsLeft()).length === 0,
      10_000,
      100,
    ).catch(() => undefined)
    expect(await jobsLeft()).toEqual([])
  }
  const claimsIn = (output: string) => (output.match(/Claimed a job/g) ?? []).length

  const twentyDrafts = (label: string) =>
    Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        makeRelease(payload, { _status: 'draft', headline: `${label} ${i + 1}` }),
      ),
    )

  it('publishes 20 releases scheduled for the same minute exactly once, both instances polling', async () => {
    const releases = await twentyDrafts('Komunikat rady miasta')
    const ids = releases.map((r) => r.id)
    const at = nextWholeMinute()
    for (const id of ids) await schedule(id, at)
    const claimsBefore = [claimsIn(two.a.output()), claimsIn(two.b.output())]

    const counts = await waitFor(
      'all 20 published',
      () => allPublished(ids),
      at.getTime() - Date.now() + 60_000,
      500,
    )
    expect(counts).toEqual(Array(20).fill(1))
    await expectNoJobLeft()
    const claims = [
      claimsIn(two.a.output()) - claimsBefore[0],
      claimsIn(two.b.output()) - claimsBefore[1],
    ]
    expect(claims[0] + claims[1]).toBe(20)
    process.stderr.write(
      `instances: 20 publications claimed ${claims[0]} by A, ${claims[1]} by B\n`,
    )
  }, 180_000)

  it('runs due jobs through /api/payload-jobs/run on both instances, each once, claimed', async () => {
    expect((await fetch(`${two.a.url}/api/payload-jobs/run?queue=default`)).status).toBe(401)
    const releases = await twentyDrafts('Komunikat na żądanie')
    const ids = releases.map((r) => r.id)
    const editorOnB = await login(two.b.url, editorEmail, 'correct horse battery staple')
    // The instances' own runners look at the queue at each whole minute: queued within 15 s of
    // one, they could run all 20 before the endpoint is asked, and it would have nothing to show.
    await waitFor(
      'a quarter of a minute before the runners poll',
      async () => new Date().getSeconds() < 45,
      20_000,
      250,
    )
    const due = new Date(Date.now() - 60_000)
    for (const id of ids) await schedule(id, due)
    const claimsBefore = [claimsIn(two.a.output()), claimsIn(two.b.output())]

    const runs = await Promise.all(
      [two.a.url, two.b.url, two.a.url, two.b.url].map((url, i) =>
        fetch(`${url}/api/payload-jobs/run?queue=default`, {
          headers: { Authorization: i % 2 ? editorOnB : editorOnA },
        }),
      ),
    )
    expect(runs.map((r) => r.status)).toEqual([200, 200, 200, 200])
    const ranByEndpoint = (
      await Promise.all(runs.map(async (r) => ((await r.json()) as { ran: unknown[] }).ran.length))
    ).reduce((a, b) => a + b, 0)
    const counts = await waitFor('all 20 published', () => allPublished(ids), 60_000, 500)
    expect(counts).toEqual(Array(20).fill(1))
    const claims =
      claimsIn(two.a.output()) - claimsBefore[0] + claimsIn(two.b.output()) - claimsBefore[1]
    expect(claims).toBe(20)
    expect(ranByEndpoint).toBeGreaterThan(0)
    process.stderr.write(`instances: the run endpoint ran ${ranByEndpoint} of 20 due jobs\n`)
    const unknownQueue = await fetch(`${two.a.url}/api/payload-jobs/run?queue=nope`, {
      headers: { Authorization: editorOnA },
    })
    expect(unknownQueue.status).toBe(400)
  }, 120_000)

  it('publishes each of 20 releases once when the instance that claimed is SIGKILLed mid-run, the survivor finishing', async () => {
    const releases = await twentyDrafts('Komunikat po awarii')
    const ids = releases.map((r) => r.id)
    const at = nextWholeMinute()
    for (const id of ids) await schedule(id, at)
    const instances = [two.a, two.b]
    const claimsBefore = instances.map((i) => claimsIn(i.output()))

    // Whichever instance claims one of these jobs first dies at that moment, in the middle of
    // running it (either may win every claim of the minute, so waiting for one named instance
    // could wait for nothing).
    const claimer = await waitFor(
      'an instance claims a job',
      async () => instances.find((i, n) => claimsIn(i.output()) > claimsBefore[n]),
      at.getTime() - Date.now() + 30_000,
      10,
    )
    const survivor = claimer === two.a ? two.b : two.a
    await claimer.kill()
    const { rows: left } = await two.sql.query(
      `select count(*)::int as n from payload_jobs where queue = 'default' and processing`,
    )
    process.stderr.write(
      `instances: ${claimer === two.a ? 'A' : 'B'} killed holding ${left[0].n} claimed job(s)\n`,
    )

    const counts = await waitFor(
      'all 20 published after the kill',
      () => allPublished(ids),
      120_000,
      500,
    )
    expect(counts).toEqual(Array(20).fill(1))
    await expectNoJobLeft()
    // The survivor still serves.
    expect((await fetch(`${survivor.url}/api/press-releases/${ids[0]}`)).status).toBe(200)
  }, 240_000)
})
