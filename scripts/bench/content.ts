import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import sharp from 'sharp'

import { paragraphsToLexical } from '../../src/lib/lexical'

export const body = (paragraphs = 6) =>
  paragraphsToLexical(
    Array.from(
      { length: paragraphs },
      (_, i) =>
        `Akapit ${i + 1}. Miasto rozpoczyna kolejny etap prac: na odcinku od pętli w Mistrzejowicach do ronda Czyżyńskiego powstanie 15 km torowiska i siedem przystanków z wiatami, a piesi i rowerzyści zyskają nowe przejścia.`,
    ),
  )

export const staffLogin = { email: 'bench@krakow.example', password: 'bench-only-password-1' }

export type Seeded = {
  releaseIds: number[]
  quoteIds: number[]
  mediaIds: number[]
  packId: number | null
}

/**
 * The bench's own press office: an editor to log in with, the mayor, `quotes` approved quotes,
 * `media` small images and `releases` published one-page releases citing them in turn (every
 * tenth still under embargo, so the visibility rule has something to hide), and a pack of 20.
 */
export const seedBench = async (
  payload: Payload,
  {
    releases,
    quotes = 50,
    media = 10,
    log = () => {},
  }: { releases: number; quotes?: number; media?: number; log?: (done: number) => void },
): Promise<Seeded> => {
  const o = { overrideAccess: true } as const
  await payload.updateGlobal({
    slug: 'press-office',
    data: {
      city: 'Kraków',
      officeName: 'Biuro Prasowe Urzędu Miasta Krakowa',
      letterhead: 'pl. Wszystkich Świętych 3–4\n31-004 Kraków',
    },
    ...o,
  })
  await payload.create({
    collection: 'users',
    data: { ...staffLogin, name: 'Bench', role: 'editor', approver: true } as never,
    ...o,
  })
  const person = await payload.create({
    collection: 'people',
    data: { name: 'Marta Zielińska', role: 'Prezydent Miasta Krakowa' },
    ...o,
  })
  const quoteIds: number[] = []
  for (let i = 0; i < quotes; i++) {
    const q = await payload.create({
      collection: 'quotes',
      data: {
        text: `To inwestycja nr ${i + 1}, na którą mieszkańcy czekali od lat.`,
        speaker: person.id,
        status: 'approved',
      },
      ...o,
    })
    quoteIds.push(q.id)
  }
  const mediaIds: number[] = []
  for (let i = 0; i < media; i++) {
    const png = await sharp({
      create: { width: 64, height: 48, channels: 3, background: { r: 20 * i, g: 80, b: 160 } },
    })
      .png()
      .toBuffer()
    const m = await payload.create({
      collection: 'media',
      data: { alt: `Zdjęcie ${i + 1}` } as never,
      file: { data: png, mimetype: 'image/png', name: `bench-${i + 1}.png`, size: png.length },
      ...o,
    })
    mediaIds.push(m.id)
  }
  const releaseIds: number[] = []
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString()
  // 250 releases per transaction: one commit (one fsync on SQLite) per batch, not per release.
  let req: PayloadRequest | undefined
  for (let i = 1; i <= releases; i++) {
    if (!req) {
      req = await createLocalReq({}, payload)
      await initTransaction(req)
    }
    const embargoed = i % 10 === 0 && i > 5
    const release = await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Komunikat ${i}: nowa linia tramwajowa w Nowej Hucie`,
        lead: 'Od poniedziałku rusza budowa nowej trasy tramwajowej w północno-wschodniej części miasta.',
        place: 'Kraków',
        date: '2025-10-15T10:00:00.000Z',
        releaseType: embargoed ? 'embargoed' : 'immediate',
        ...(embargoed ? { embargoUntil: future } : {}),
        body: body(),
        quotes: [quoteIds[i % quoteIds.length]],
        media: [mediaIds[i % mediaIds.length]],
        _status: 'published',
      } as never,
      req,
      ...o,
    })
    releaseIds.push(release.id)
    if (i % 250 === 0 || i === releases) {
      await commitTransaction(req)
      req = undefined
    }
    if (i % 1000 === 0) log(i)
  }
  let packId: number | null = null
  // Twenty public releases (none under embargo), so anonymous readers may have the pack.
  const packReleases = releaseIds.filter((_, i) => (i + 1) % 10 !== 0).slice(0, 20)
  if (packReleases.length >= 20) {
    const pack = await payload.create({
      collection: 'press-packs',
      data: {
        title: 'Pakiet: 20 komunikatów',
        date: '2025-10-20T10:00:00.000Z',
        releases: packReleases,
        _status: 'published',
      },
      ...o,
    })
    packId = pack.id
  }
  return { releaseIds, quoteIds, mediaIds, packId }
}

/**
 * Grows the archive to `total` published releases fast: copies of the releases seeded through
 * Payload (their row, their texts and what they cite), written with SQL in one statement per
 * table. Each copy is a whole release as Payload would read it (slug `archive-<n>`, the same
 * every-tenth embargo pattern); only their version history is left out, which anonymous reads
 * never touch.
 */
export const growArchive = async (payload: Payload, seeded: Seeded, total: number) => {
  const extra = total - seeded.releaseIds.length
  if (extra <= 0) return
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = payload.db as unknown as {
    name: string
    drizzle: { run?: (q: unknown) => Promise<unknown>; execute?: (q: unknown) => Promise<unknown> }
  }
  const run = (text: string) =>
    db.name === 'sqlite' ? db.drizzle.run?.(sql.raw(text)) : db.drizzle.execute?.(sql.raw(text))
  const first = Math.min(...seeded.releaseIds)
  const k = seeded.releaseIds.length
  const template = `(${first} + ((CAST(substr(p.slug, 9) AS integer) - 1) % ${k}))`
  await run(`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${extra})
    INSERT INTO press_releases (place, date, slug, release_type, embargo_until, updated_at, created_at, _status)
    SELECT t.place, t.date, 'archive-' || n.i, t.release_type, t.embargo_until, t.updated_at, t.created_at, t._status
    FROM n JOIN press_releases t ON t.id = ${first} + ((n.i - 1) % ${k})`)
  await run(`INSERT INTO press_releases_locales (headline, subheadline, lead, body, _locale, _parent_id)
    SELECT l.headline || ' (archiwum ' || p.id || ')', l.subheadline, l.lead, l.body, l._locale, p.id
    FROM press_releases p JOIN press_releases_locales l ON l._parent_id = ${template}
    WHERE p.slug LIKE 'archive-%'`)
  await run(`INSERT INTO press_releases_rels ("order", parent_id, path, quotes_id, media_id, boilerplates_id, press_contacts_id)
    SELECT r."order", p.id, r.path, r.quotes_id, r.media_id, r.boilerplates_id, r.press_contacts_id
    FROM press_releases p JOIN press_releases_rels r ON r.parent_id = ${template}
    WHERE p.slug LIKE 'archive-%'`)
}
