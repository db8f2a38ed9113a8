import type { Payload } from 'payload'

import type { RenderDeps } from './cachedExport'

import { sharedPool } from '../generator/browser'
import { loadForExport, releaseFormats } from '../generator/release'
import { UserError } from '../lib/errors'
import { locales } from '../lib/locales'
import { renderRelease } from './cachedExport'
import { sharedStore } from './store'

/** Off with PRESSROOM_PRERENDER=off (the jest suites, which print only what they ask for). */
export const prerenderEnabled = (): boolean => process.env.PRESSROOM_PRERENDER !== 'off'

/**
 * Renders a published release into the store, in every language it is written in and every
 * format, read as it was published (access off: an embargoed release is rendered before its lift,
 * and the store serves it only to readers the access rule lets through). Returns the keys.
 */
export const warmRelease = async (
  payload: Payload,
  id: number | string,
  deps: RenderDeps = { pool: sharedPool(), store: sharedStore() },
): Promise<string[]> => {
  const keys: string[] = []
  for (const locale of locales) {
    let loaded
    try {
      loaded = await loadForExport(payload, id, { locale, overrideAccess: true })
    } catch (error) {
      // Not published (any more), or not written in this language.
      if (error instanceof UserError) continue
      throw error
    }
    for (const format of releaseFormats) keys.push((await renderRelease(loaded, format, deps)).key)
  }
  return keys
}

const pending = new Set<Promise<unknown>>()
// setTimeout holds at most ~24.8 days; a later lift is served by the rendering at publication.
const longestTimer = 2 ** 31 - 1

/**
 * Renders in the background, now and again shortly before `lift` (an embargo's end), so the
 * first readers find the documents made. A failure is logged; the readers' request renders then.
 */
export const queueWarmup = (
  payload: Payload,
  id: number | string,
  lift?: Date,
  now = Date.now(),
  saved: () => Promise<void> = async () => {},
) => {
  const run = () => {
    const work = warmRelease(payload, id)
      .catch((error) =>
        payload.logger.warn({ err: error, id }, 'Rendering a published release in advance failed'),
      )
      .finally(() => pending.delete(work))
    pending.add(work)
  }
  // Not before the save has committed: read earlier, the release is not published yet (another
  // connection), nothing is rendered, and the first readers render it themselves.
  const first = saved().then(run)
  pending.add(first)
  void first.finally(() => pending.delete(first))
  const delay = lift ? lift.getTime() - now - 30_000 : -1
  if (delay > 0 && delay < longestTimer) setTimeout(run, delay).unref()
}

/** Resolves when every rendering started so far has finished (tests, and a clean shutdown). */
export const warmupsSettled = async (): Promise<void> => {
  await new Promise((resolve) => setImmediate(resolve))
  while (pending.size) await Promise.allSettled([...pending])
}
