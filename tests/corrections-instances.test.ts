import type { Payload } from 'payload'

import { makeRelease, makeUser, setupOffice } from './helpers/content'
import { startInstances, type TwoInstances } from './helpers/instances'
import { describeOnPostgres } from './helpers/payload'
import { pdfPages } from './helpers/pdf'
import { login, withoutSecondPairOfEyes } from './helpers/server'

/**
 * Issue 24, "Corrections and updates": a document stored for the old version of a release is
 * never served after a correction or a withdrawal, on either of two instances that share one
 * PostgreSQL database and one render store. Every read is anonymous, as a journalist reads; each
 * instance has read (rendered, stored, cached) the old version first.
 */
await describeOnPostgres(() => {
  let two: TwoInstances
  let payload: Payload
  let editor: string

  beforeAll(async () => {
    two = await startInstances('corrections')
    payload = await two.localPayload()
    await setupOffice(payload)
    const user = await makeUser(payload, 'editor')
    editor = await login(two.a.url, user.email, 'correct horse battery staple')
    // About stored documents, not review: the editor corrects and publishes alone.
    await withoutSecondPairOfEyes(two.a.url, editor)
    // The first page after the start loads the newsroom's Payload, which tells the front server
    // where the content generation is; that one answer is Next's own and not stored. Read one
    // first, so that the reads below are the stored answers a correction must replace.
    for (const server of [two.a, two.b]) {
      const res = await fetch(`${server.url}/pl/deklaracja-dostepnosci`)
      await res.arrayBuffer()
    }
  }, 300_000) // includes `next build` when the sources changed
  afterAll(async () => {
    await two?.stop()
  }, 60_000)

  // Text as a reader searches it: no-break spaces, entities and line wraps read as one space.
  const plain = (text: string) =>
    text.replace(/&nbsp;|&#160;|&#xa0;|\u00a0/gi, ' ').replace(/\s+/g, ' ')

  type Read = { status: number; text: string }
  const readAs = async (url: string, pdf = false): Promise<Read> => {
    const res = await fetch(url)
    const bytes = new Uint8Array(await res.arrayBuffer())
    const text =
      pdf && res.status === 200
        ? (await pdfPages(bytes)).join('\n')
        : new TextDecoder().decode(bytes)
    return { status: res.status, text: plain(text) }
  }

  /** The page, the TXT and the PDF of a release on one instance, anonymously. */
  const documentsOn = async (base: string, release: { id: number; slug?: string | null }) => {
    const exportOf = `${base}/api/press-releases/${release.id}`
    const [page, txt, pdf] = await Promise.all([
      readAs(`${base}/pl/${release.slug}`),
      readAs(`${exportOf}/txt?locale=pl`),
      readAs(`${exportOf}/pdf?locale=pl`, true),
    ])
    return { page, txt, pdf }
  }

  const bothInstances = () => [
    ['A', two.a.url],
    ['B', two.b.url],
  ]

  const post = (path: string, body: object, method = 'POST') =>
    fetch(`${two.a.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json', Authorization: editor },
      body: JSON.stringify(body),
    })

  const withdraw = async (id: number, body: object) => {
    const res = await post(`/api/press-releases/${id}/withdraw`, body)
    expect([res.status, await res.text()]).toEqual([200, expect.any(String)])
  }

  const oldLead = 'Od poniedziałku ulica Starowiślna będzie zamknięta dla ruchu.'
  const newLead = 'Od poniedziałku ulica Dietla będzie zamknięta dla ruchu.'
  const note = 'Poprawiono nazwę ulicy: chodzi o Dietla.'

  it('serves the correction, with its note, on both instances after each stored the old version', async () => {
    const release = await makeRelease(payload, {
      headline: 'Zamknięcie ulicy w centrum Krakowa',
      lead: oldLead,
    })
    for (const [name, base] of bothInstances()) {
      const before = await documentsOn(base, release)
      for (const [kind, read] of Object.entries(before)) {
        expect([name, kind, read.status]).toEqual([name, kind, 200])
        expect([name, kind, read.text]).toEqual([name, kind, expect.stringContaining(oldLead)])
      }
    }

    const res = await post(
      `/api/press-releases/${release.id}?draft=false&locale=pl`,
      { lead: newLead, changeKind: 'correction', changeNote: note, _status: 'published' },
      'PATCH',
    )
    expect([res.status, await res.text()]).toEqual([200, expect.any(String)])

    // Each instance's very next read, no wait or retry: the old documents are never served.
    for (const [name, base] of bothInstances()) {
      const after = await documentsOn(base, release)
      for (const [kind, read] of Object.entries(after)) {
        expect([name, kind, read.status]).toEqual([name, kind, 200])
        expect([name, kind, read.text]).toEqual([name, kind, expect.stringContaining(newLead)])
        expect([name, kind, read.text]).toEqual([name, kind, expect.stringContaining(note)])
        expect([name, kind, read.text]).toEqual([name, kind, expect.not.stringContaining(oldLead)])
      }
    }

    // Withdrawn: the same address and documents, under the notice, on both.
    await withdraw(release.id, { reason: 'withdrawn', note: 'Zamknięcie odwołano.' })
    for (const [name, base] of bothInstances()) {
      const withdrawn = await documentsOn(base, release)
      for (const [kind, read] of Object.entries(withdrawn)) {
        expect([name, kind, read.status]).toEqual([name, kind, 200])
        expect([name, kind, read.text]).toEqual([
          name,
          kind,
          expect.stringMatching(/Wycofano [^:]+: Zamknięcie odwołano\./),
        ])
        expect([name, kind, read.text]).toEqual([name, kind, expect.stringContaining(newLead)])
      }
    }
  }, 120_000)

  it('answers 410 for the page and the PDF on both instances once removed as published in error', async () => {
    const release = await makeRelease(payload, { headline: 'Konkurs na logo Dni Krakowa' })
    for (const [name, base] of bothInstances()) {
      const before = await documentsOn(base, release)
      expect([name, before.page.status, before.pdf.status]).toEqual([name, 200, 200])
    }
    await withdraw(release.id, { reason: 'error', note: 'Komunikat opublikowano omyłkowo.' })
    for (const [name, base] of bothInstances()) {
      const after = await documentsOn(base, release)
      expect([name, after.page.status, after.pdf.status]).toEqual([name, 410, 410])
      expect(after.page.text).toContain('Komunikat opublikowano omyłkowo.')
      expect(after.page.text).not.toContain('Dni Krakowa')
    }
  }, 120_000)
})
