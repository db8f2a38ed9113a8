import type { Payload, Where } from 'payload'

import sharp from 'sharp'

import { bootPayload, type TestDatabase, type TestPayload } from '../helpers/payload'
import { hoursFromNow } from '../helpers/content'
import { publicFromWhere } from '../../src/access/publicFrom'

type Id = number
const idOf = (v: unknown): Id | null =>
  v && typeof v === 'object' ? (v as { id: Id }).id : ((v as Id | null | undefined) ?? null)
const ids = (values: unknown): Id[] =>
  ((values as unknown[] | null | undefined) ?? []).map(idOf).filter((v): v is Id => v !== null)
const sorted = (values: (number | string)[]) => [...new Set(values.map(String))].sort()

/** A small seeded generator, so a failing run can be repeated with its seed. */
const random = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/**
 * The old rule, kept as the oracle: load every public release (published, embargo passed at
 * `now`) and collect what they show, in Node. Quotes: approved and cited. People: speakers of those
 * quotes. Media: attached to them, portraits of those people, covers of public packs (every
 * release public) and the logo.
 */
const oracle = async (payload: Payload, now: Date) => {
  const all = async (collection: 'press-releases' | 'quotes' | 'people' | 'press-packs') =>
    (await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true }))
      .docs as unknown as Record<string, unknown>[]
  const isPublic = (r: Record<string, unknown>) =>
    r._status === 'published' &&
    (!r.embargoUntil || new Date(r.embargoUntil as string).getTime() <= now.getTime())
  const releases = await all('press-releases')
  const publicReleases = releases.filter(isPublic)
  const publicIds = new Set(publicReleases.map((r) => String(r.id)))
  const cited = new Set(publicReleases.flatMap((r) => ids(r.quotes)).map(String))
  const quotes = (await all('quotes')).filter(
    (q) => q.status === 'approved' && cited.has(String(q.id)),
  )
  const speakers = new Set(quotes.map((q) => String(idOf(q.speaker))))
  const people = (await all('people')).filter((p) => speakers.has(String(p.id)))
  const packs = (await all('press-packs')).filter(
    (p) => p._status === 'published' && ids(p.releases).every((id) => publicIds.has(String(id))),
  )
  const office = await payload.findGlobal({ slug: 'press-office', depth: 0, overrideAccess: true })
  const media = [
    ...publicReleases.flatMap((r) => ids(r.media)),
    ...people.map((p) => idOf(p.photo)).filter((v): v is Id => v !== null),
    ...packs.map((p) => idOf(p.coverImage)).filter((v): v is Id => v !== null),
    ...[idOf(office.logo)].filter((v): v is Id => v !== null),
  ]
  return {
    quotes: sorted(quotes.map((q) => q.id as Id)),
    people: sorted(people.map((p) => p.id as Id)),
    media: sorted(media),
  }
}

/** What the database answers: as an anonymous reader now, or with the indexed rule at `now`. */
const indexed = async (payload: Payload, now?: Date) => {
  const read = async (collection: 'quotes' | 'people' | 'media') => {
    const where: Where | undefined = now
      ? collection === 'quotes'
        ? { and: [{ status: { equals: 'approved' } }, publicFromWhere(now)] }
        : publicFromWhere(now)
      : undefined
    const { docs } = await payload.find({
      collection,
      depth: 0,
      pagination: false,
      overrideAccess: Boolean(now),
      where,
    })
    return sorted(docs.map((d) => d.id))
  }
  return { quotes: await read('quotes'), people: await read('people'), media: await read('media') }
}

/**
 * The indexed public-visibility rule (a maintained `publicFrom` on quotes, people and media)
 * returns exactly what the old scan returned, over random content in every status and after
 * random changes, now and after the embargoes lift.
 */
export const publicVisibilitySuite = (db: TestDatabase) => {
  let t: TestPayload
  let payload: Payload
  // A fixed seed by default: a clock-drawn one once made content where every file was public,
  // failing the check below that both sides of the rule are exercised (a red run for no fault).
  // Set PRESSROOM_SEED to explore others.
  const seed = Number(process.env.PRESSROOM_SEED ?? 20261207)
  const rnd = random(seed)
  const pick = <T>(list: T[]) => list[Math.floor(rnd() * list.length)]
  const some = <T>(list: T[], max = 3) => [
    ...new Set(Array.from({ length: Math.floor(rnd() * (max + 1)) }, () => pick(list))),
  ]
  const state = { media: [] as Id[], people: [] as Id[], quotes: [] as Id[], releases: [] as Id[] }

  beforeAll(async () => {
    t = await bootPayload('public-visibility', db)
    payload = t.payload
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#236' } })
      .png()
      .toBuffer()
    for (let i = 0; i < 14; i++) {
      const doc = await payload.create({
        collection: 'media',
        data: { alt: `Zdjęcie ${i}` },
        file: { data: png, mimetype: 'image/png', name: `foto-${i}.png`, size: png.length },
        overrideAccess: true,
      })
      state.media.push(doc.id)
    }
    for (let i = 0; i < 6; i++) {
      const doc = await payload.create({
        collection: 'people',
        data: {
          name: `Osoba ${i}`,
          role: 'Zastępca Prezydenta',
          photo: rnd() < 0.7 ? pick(state.media) : null,
        },
        overrideAccess: true,
      })
      state.people.push(doc.id)
    }
    for (let i = 0; i < 14; i++) {
      const doc = await payload.create({
        collection: 'quotes',
        data: { text: `Wypowiedź numer ${i}.`, speaker: pick(state.people), status: 'approved' },
        overrideAccess: true,
      })
      state.quotes.push(doc.id)
    }
    for (let i = 0; i < 16; i++) await makeRandomRelease(i)
    for (let i = 0; i < 3; i++) {
      await payload.create({
        collection: 'press-packs',
        data: {
          title: `Pakiet ${i}`,
          date: hoursFromNow(0),
          releases: [...new Set([pick(state.releases), ...some(state.releases, 2)])],
          coverImage: pick(state.media),
          _status: rnd() < 0.7 ? 'published' : 'draft',
        },
        overrideAccess: true,
      })
    }
    // Quotes that end up pending or rejected while releases still cite them.
    for (const id of some(state.quotes, 4)) {
      await payload.update({
        collection: 'quotes',
        id,
        data: { status: pick(['pending', 'rejected'] as const) },
        overrideAccess: true,
      })
    }
    await payload.updateGlobal({
      slug: 'press-office',
      data: { logo: pick(state.media) },
      overrideAccess: true,
    })
  }, 120_000)
  afterAll(async () => t?.destroy())

  const makeRandomRelease = async (i: number) => {
    const kind = pick([
      'draft',
      'published',
      'embargo-future',
      'embargo-past',
      'published-with-draft',
    ])
    const approved = (
      await payload.find({
        collection: 'quotes',
        where: { status: { equals: 'approved' } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((q) => q.id)
    const embargoUntil =
      kind === 'embargo-future'
        ? hoursFromNow(2 + rnd() * 4)
        : kind === 'embargo-past'
          ? hoursFromNow(-3)
          : undefined
    const doc = await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Komunikat ${i} (${kind})`,
        place: 'Kraków',
        date: hoursFromNow(0),
        releaseType: embargoUntil ? 'embargoed' : 'immediate',
        embargoUntil,
        quotes: some(approved, 3),
        media: some(state.media, 3),
        _status: kind === 'draft' ? 'draft' : 'published',
      },
      draft: kind === 'draft',
      overrideAccess: true,
    })
    if (kind === 'published-with-draft') {
      // A draft on top that cites other things: the public still sees the published version.
      await payload.update({
        collection: 'press-releases',
        id: doc.id,
        data: { quotes: some(state.quotes, 3), media: some(state.media, 3) },
        draft: true,
        overrideAccess: true,
      })
    }
    state.releases.push(doc.id)
  }

  const expectSameAsOracle = async () => {
    const now = new Date()
    expect({ seed, ...(await indexed(payload)) }).toEqual({ seed, ...(await oracle(payload, now)) })
    const later = new Date(now.getTime() + 7 * 3600_000)
    expect({ seed, ...(await indexed(payload, later)) }).toEqual({
      seed,
      ...(await oracle(payload, later)),
    })
  }

  it('shows anonymous readers exactly what the old rule showed, now and after the embargoes lift', async () => {
    const before = await oracle(payload, new Date())
    // The random content must exercise both sides of the rule.
    expect(before.quotes.length).toBeGreaterThan(0)
    expect(before.media.length).toBeLessThan(state.media.length)
    await expectSameAsOracle()
  })

  it('stays exact through unpublishing, re-citing, rejections, portraits, covers, the logo and deletes', async () => {
    const changes = [
      async () =>
        payload.update({
          collection: 'press-releases',
          id: pick(state.releases),
          data: { _status: 'draft' },
          overrideAccess: true,
        }),
      async () => {
        const approved = (
          await payload.find({
            collection: 'quotes',
            where: { status: { equals: 'approved' } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs.map((q) => q.id)
        return payload.update({
          collection: 'press-releases',
          id: pick(state.releases),
          data: { quotes: some(approved, 3), media: some(state.media, 3), _status: 'published' },
          overrideAccess: true,
        })
      },
      async () =>
        payload.update({
          collection: 'press-releases',
          id: pick(state.releases),
          data: { embargoUntil: hoursFromNow(-1 + rnd() * 6), releaseType: 'embargoed' },
          overrideAccess: true,
        }),
      async () =>
        payload.update({
          collection: 'quotes',
          id: pick(state.quotes),
          data: { status: pick(['approved', 'rejected', 'pending'] as const) },
          overrideAccess: true,
        }),
      async () =>
        payload.update({
          collection: 'quotes',
          id: pick(state.quotes),
          data: { speaker: pick(state.people) },
          overrideAccess: true,
        }),
      async () =>
        payload.update({
          collection: 'people',
          id: pick(state.people),
          data: { photo: rnd() < 0.8 ? pick(state.media) : null },
          overrideAccess: true,
        }),
      async () =>
        payload.updateGlobal({
          slug: 'press-office',
          data: { logo: pick(state.media) },
          overrideAccess: true,
        }),
      async () => {
        const { docs } = await payload.find({
          collection: 'press-packs',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        // Deleting releases deletes the packs that held them; once none is left there is nothing to change.
        if (docs.length === 0) return
        return payload.update({
          collection: 'press-packs',
          id: pick(docs).id,
          data: { coverImage: pick(state.media), _status: pick(['published', 'draft'] as const) },
          overrideAccess: true,
        })
      },
      async () => {
        const id = pick(state.releases)
        state.releases = state.releases.filter((r) => r !== id)
        const { docs } = await payload.find({
          collection: 'press-packs',
          where: { releases: { in: [id] } },
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        for (const pack of docs)
          await payload.delete({ collection: 'press-packs', id: pack.id, overrideAccess: true })
        return payload.delete({ collection: 'press-releases', id, overrideAccess: true })
      },
    ]
    for (let round = 0; round < 4; round++) {
      for (let i = 0; i < 6; i++) {
        const change = pick(changes)
        // A refusal (a release that may not be published with an unapproved quote) changes nothing.
        await change().catch((error: { status?: number; data?: { errors?: { path?: string }[] } }) => {
          const refusedForQuotes = error.status === 400 && error.data?.errors?.[0]?.path === 'quotes'
          if (!refusedForQuotes) throw error
        })
      }
      await expectSameAsOracle()
    }
  }, 120_000)
}
