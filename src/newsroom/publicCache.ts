import type { Payload } from 'payload'

import { sql } from '@payloadcms/db-sqlite'

import { contentGeneration } from '../render/generation'

/**
 * What the newsroom shows changes at two kinds of moments only: when content is saved (the
 * content generation moves) and when an embargo lifts (a time). So an answer computed at `now`
 * stays right for every later request until either happens, and the newsroom keeps it that long:
 * keyed on the generation, valid from the moment it was computed until the next embargo lift.
 * The embargo moment holds to the millisecond with any clock a caller injects; a clock set
 * before the moment an answer was computed simply misses.
 */

type Entry = { generation: string; from: number; until: number; value: Promise<unknown> }

const LIMIT = 1000

// On globalThis: Next bundles each route apart, and every route must see one cache.
const store = ((globalThis as { __pressroomNewsroomCache?: Map<string, Entry> }).__pressroomNewsroomCache ??=
  new Map())

type SqlDb = {
  name: string
  drizzle: {
    get?: (q: unknown) => Promise<unknown>
    execute?: (q: unknown) => Promise<{ rows: unknown[] }>
  }
}

// Every save of a release or pack writes a version row; a deletion changes the count.
const savesOfPublishedKinds = sql.raw(`SELECT
  (SELECT max(id) FROM _press_releases_v) AS rv, (SELECT count(*) FROM press_releases) AS rc,
  (SELECT max(id) FROM _press_packs_v) AS pv, (SELECT count(*) FROM press_packs) AS pc`)

/**
 * The content generation the cache is keyed on, or null when it cannot be told (no cache then).
 * TODO(lead, at merge): this is the one place to switch to the database-wide `currentGeneration(payload)`
 * from src/render/generation.ts. Until then: this process's generation (any save through this
 * server, cited documents included), plus the releases' and packs' saves and deletions made by
 * other processes (a CLI, the jobs runner, another instance), read from their version tables.
 */
export const newsroomGeneration = async (payload: Payload): Promise<string | null> => {
  // The bench's switch, to measure every answer computed afresh.
  if (process.env.PRESSROOM_NEWSROOM_CACHE === 'off') return null
  const db = payload.db as unknown as SqlDb
  let row: unknown
  if (db.name === 'sqlite' && db.drizzle.get) row = await db.drizzle.get(savesOfPublishedKinds)
  else if (db.name === 'postgres' && db.drizzle.execute) row = (await db.drizzle.execute(savesOfPublishedKinds)).rows[0]
  else return null
  return `${contentGeneration()}:${Object.values(row as object).join(':')}`
}

/** The next moment after `now` at which a published release becomes public (its embargo lifts). */
export const nextPublicMoment = async (payload: Payload, now: Date): Promise<number> => {
  const { docs } = await payload.find({
    collection: 'press-releases',
    where: { and: [{ _status: { equals: 'published' } }, { embargoUntil: { greater_than: now.toISOString() } }] },
    sort: 'embargoUntil',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { embargoUntil: true },
    overrideAccess: true,
  })
  return docs[0]?.embargoUntil ? Date.parse(docs[0].embargoUntil) : Infinity
}

/**
 * `load()`'s answer for `key` at `now`, computed once and shared until the content changes or the
 * next embargo lifts. `key` must name everything the answer depends on besides content and time
 * (the page, its language, its query).
 */
export const publicCached = async <T>(payload: Payload, key: string, now: Date, load: () => Promise<T>): Promise<T> => {
  const generation = await newsroomGeneration(payload)
  if (generation === null) return load()
  const at = now.getTime()
  const hit = store.get(key)
  if (hit && hit.generation === generation && hit.from <= at && at < hit.until) {
    // Most recently used last, so the oldest is the first to go.
    store.delete(key)
    store.set(key, hit)
    return hit.value as Promise<T>
  }
  // The lift is read before the content: a release saved in between moves the generation.
  const until = await nextPublicMoment(payload, now)
  const value = load()
  store.set(key, { generation, from: at, until, value })
  if (store.size > LIMIT) store.delete(store.keys().next().value as string)
  value.catch(() => {
    if (store.get(key)?.value === value) store.delete(key)
  })
  return value
}
