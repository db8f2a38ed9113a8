import type { Payload } from 'payload'

import { nextPublicMoment } from '../access/visibility'
import { currentGeneration } from './generation'

/**
 * What the server in front of Next needs to know whether a stored newsroom page is still right:
 * the content generation (a save anywhere on the database moves it) and the next moment an
 * embargo lifts (the visibility rule's nextPublicMoment). The front server runs without the
 * Payload config, so the newsroom's Payload offers these when Next first loads it.
 */
export type PageSource = {
  generation: () => Promise<number>
  nextPublicMoment: (now: Date) => Promise<number>
}

// Shared by every bundle of this process (Next bundles each route apart), like the render notes.
const holder = globalThis as { __pressroomPageSource?: PageSource }

/** Offers `payload` as the source (the newsroom's Payload calls this once it is loaded). */
export const offerPageSource = (payload: Payload): void => {
  if (holder.__pressroomPageSource) return
  holder.__pressroomPageSource = {
    generation: () => currentGeneration(payload),
    nextPublicMoment: (now) => nextPublicMoment(payload, now),
  }
}

/** The source offered in this process, or null before the first newsroom page loaded Payload. */
export const pageSource = (): PageSource | null => holder.__pressroomPageSource ?? null
