import type { Payload } from 'payload'

import type { PressRelease } from '../src/payload-types'

import { lexicalNodes } from './helpers/lexical'
import { seed, type SeedResult } from '../src/seed'
import { bootPayload, type TestPayload } from './helpers/payload'

let t: TestPayload
let payload: Payload
let first: SeedResult
const now = new Date()

beforeAll(async () => {
  t = await bootPayload('seed')
  payload = t.payload
  first = await seed(payload, { now })
})
afterAll(async () => t?.destroy())

const allReleases = async (locale: 'pl' | 'en' | 'uk' = 'pl') =>
  (
    await payload.find({
      collection: 'press-releases',
      draft: true,
      locale,
      fallbackLocale: false,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs

const isEmbargoed = (r: PressRelease) => r.releaseType === 'embargoed'

const day = 86_400_000
/** Milliseconds from the seeding time: the sample's dates must follow it, never a fixed date. */
const sinceSeeding = (iso: string | null | undefined) => new Date(iso!).getTime() - now.getTime()

describe('sample content', () => {
  it('creates the mayor and a deputy mayor with roles in Polish, English and Ukrainian', async () => {
    expect(first.created).toBe(true)
    const { docs } = await payload.find({
      collection: 'people',
      locale: 'all',
      overrideAccess: true,
    })
    expect(docs).toHaveLength(2)
    const roles = docs.map((p) => p.role as unknown as Record<string, string>)
    expect(roles.map((r) => r.pl)).toEqual(
      expect.arrayContaining([
        'Prezydent Miasta Krakowa',
        expect.stringMatching(/^Zastępca Prezydenta/),
      ]),
    )
    for (const role of roles) expect(Object.keys(role).sort()).toEqual(['en', 'pl', 'uk'])
  })

  it('creates at least six approved quotes, each with a speaker and approval time, and one pending', async () => {
    const { docs } = await payload.find({
      collection: 'quotes',
      pagination: false,
      overrideAccess: true,
    })
    const approved = docs.filter((q) => q.status === 'approved')
    expect(approved.length).toBeGreaterThanOrEqual(6)
    for (const q of approved) {
      expect(q.approvedAt).toBeTruthy()
      expect(q.speaker).toBeTruthy()
    }
    expect(docs.filter((q) => q.status === 'pending')).toHaveLength(1)
  })

  it('creates the city and network boilerplates in Polish and English, and two press contacts', async () => {
    const { docs } = await payload.find({
      collection: 'boilerplates',
      locale: 'en',
      fallbackLocale: false,
      overrideAccess: true,
    })
    expect(docs.map((b) => b.title).sort()).toEqual(['About Eurocities', 'About Kraków'])
    const pl = await payload.find({
      collection: 'boilerplates',
      locale: 'pl',
      overrideAccess: true,
    })
    expect(pl.docs.map((b) => b.title)).toContain('O Krakowie')
    expect(
      (await payload.count({ collection: 'press-contacts', overrideAccess: true })).totalDocs,
    ).toBe(2)
  })

  it('fills the press-office settings: Kraków, letterhead and a default contact, leaving the zone to PRESSROOM_TZ and the second pair of eyes on', async () => {
    const office = await payload.findGlobal({ slug: 'press-office', locale: 'en', depth: 1 })
    expect(office.city).toBe('Kraków')
    expect(office.secondPairOfEyes).toBe(true)
    expect(office.timezone ?? null).toBeNull()
    expect(office.officeName).toBe('Press Office, Kraków City Hall')
    expect(office.letterhead?.split('\n').length).toBeGreaterThanOrEqual(2)
    expect(office.defaultContact).toMatchObject({ email: expect.stringContaining('@') })
  })

  it('creates five Polish releases: published, scheduled, embargoed and draft', async () => {
    const releases = await allReleases()
    expect(releases).toHaveLength(5)
    for (const r of releases) expect(r.headline).toBeTruthy()
    const published = releases.filter((r) => r._status === 'published' && !isEmbargoed(r))
    expect(published).toHaveLength(2)
    const embargoed = releases.filter(isEmbargoed)
    expect(embargoed).toHaveLength(1)
    expect(embargoed[0]._status).toBe('published')
    // "Tomorrow at 10:00" in Warsaw: after the seeding time, and within two days of it.
    expect(sinceSeeding(embargoed[0].embargoUntil)).toBeGreaterThan(0)
    expect(sinceSeeding(embargoed[0].embargoUntil)).toBeLessThanOrEqual(2 * day)
    expect(releases.filter((r) => r._status === 'draft')).toHaveLength(2)
  })

  it('translates at least two releases into English and one into Ukrainian, keeping the Polish slug', async () => {
    const en = (await allReleases('en')).filter((r) => r.headline)
    expect(en.length).toBeGreaterThanOrEqual(2)
    for (const r of en) expect(r.slug).toMatch(/^[a-z0-9-]+$/)
    expect(en.map((r) => r.slug)).toContain(
      'rusza-glosowanie-w-budzecie-obywatelskim-94-projekty-do-wyboru',
    )
    const uk = (await allReleases('uk')).filter((r) => r.headline)
    expect(uk.map((r) => r.headline)).toEqual([expect.stringMatching(/громадський бюджет/)])
  })

  it('writes bodies as Lexical with a heading, a list and a link', async () => {
    for (const release of await allReleases()) {
      const types = new Set(lexicalNodes(release.body).map((n) => n.type))
      expect([...types]).toEqual(
        expect.arrayContaining(['heading', 'paragraph', 'list', 'listitem', 'link']),
      )
    }
  })

  it('gives the long published release several approved quotes', async () => {
    // Long in words: a table's stored JSON is bulky for the few words it holds.
    const wordsIn = (r: PressRelease) =>
      lexicalNodes(r.body)
        .map((n) => n.text ?? '')
        .join(' ')
        .split(/\s+/)
    const releases = await allReleases()
    const longest = releases
      .filter((r) => r._status === 'published' && !isEmbargoed(r))
      .sort((a, b) => wordsIn(b).length - wordsIn(a).length)[0]
    expect(longest.quotes!.length).toBeGreaterThanOrEqual(3)
    const { docs: quotes } = await payload.find({
      collection: 'quotes',
      where: { id: { in: longest.quotes as number[] } },
      pagination: false,
      overrideAccess: true,
    })
    expect(quotes.map((q) => q.status)).toEqual(longest.quotes!.map(() => 'approved'))
    expect(wordsIn(longest).length).toBeGreaterThan(550)
  })

  it('queues the scheduled release’s publication for the future', async () => {
    const scheduled = (await allReleases()).filter((r) => r._status === 'draft' && r.quotes?.length)
    const { docs: jobs } = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'schedulePublish' } },
      overrideAccess: true,
    })
    expect(jobs).toHaveLength(1)
    const input = jobs[0].input as { doc: { value: number } }
    const target = scheduled.find((r) => r.id === input.doc.value)
    expect(target?.headline).toMatch(/Tramwaj/)
    // "The day after tomorrow at 9:00" in Warsaw, counted from the seeding time.
    expect(sinceSeeding(jobs[0].waitUntil)).toBeGreaterThan(day)
    expect(sinceSeeding(jobs[0].waitUntil)).toBeLessThanOrEqual(3 * day)
    await payload.jobs.run({ queue: 'default' })
    const after = await payload.findByID({
      collection: 'press-releases',
      id: target!.id,
      overrideAccess: true,
    })
    expect(after._status).toBe('draft')
  })

  it('shows anonymous readers the two public releases only, never the embargoed one', async () => {
    const { docs } = await payload.find({
      collection: 'press-releases',
      overrideAccess: false,
      depth: 0,
    })
    expect(docs).toHaveLength(2)
    expect(docs.some(isEmbargoed)).toBe(false)
  })

  it('creates nothing on a second run and says so', async () => {
    const count = async () =>
      (await payload.count({ collection: 'quotes', overrideAccess: true })).totalDocs
    const before = await count()
    const second = await seed(payload, { now })
    expect(second.created).toBe(false)
    expect(second.summary).toMatch(/already has 5 press release/)
    expect(await count()).toBe(before)
    expect(await allReleases()).toHaveLength(5)
  })
})
