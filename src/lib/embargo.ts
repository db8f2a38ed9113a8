/**
 * The embargo model: `releaseType` decides and `embargoUntil` holds the time. Saving a release
 * "for immediate publication" clears the time (clearEmbargoOfImmediate), so a release has an
 * embargo exactly when `embargoUntil` is set — the same field the public access rule reads.
 * Whether it is over at a moment is the visibility module's to say (isEmbargoOverAt).
 */
export type EmbargoFields = { embargoUntil?: string | null }

export type Embargo = {
  /** When the embargo ends (ISO). */
  until: string
}

/** Is there an embargo, and until when. */
export const embargoOf = (release: EmbargoFields): Embargo | null =>
  release.embargoUntil ? { until: release.embargoUntil } : null
