import type { Payload } from 'payload'

import { nextPublicMoment } from '../access/visibility'
import { currentGeneration } from '../render/generation'

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
const store = ((
  globalThis as { __pressroomNewsroomCache?: Map<string, Entry> }
).__pressroomNewsroomCache ??= new Map())

/**
 * The content generation the cache is keyed on (database-wide: a save through any server or CLI
 * moves it), or null when it cannot be told and nothing is cached (MongoDB, or the bench's
 * `PRESSROOM_NEWSROOM_CACHE=off` to measure every answer computed afresh).
 */
export const newsroomGeneration = async (payload: Payload): Promise<string | null> => {
  if (process.env.PRESSROOM_NEWSROOM_CACHE === 'off') return null
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return null
  return String(await currentGeneration(payload))
}

/**
 * `load()`'s answer for `key` at `now`, computed once and shared until the content changes or the
 * next embargo lifts. `key` must name everything the answer depends on besides content and time
 * (the page, its language, its query).
 */
export const publicCached = async <T>(
  payload: Payload,
  key: string,
  now: Date,
  load: () => Promise<T>,
): Promise<T> => {
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
