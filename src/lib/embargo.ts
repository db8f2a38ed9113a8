/**
 * The embargo model: `releaseType` decides and `embargoUntil` holds the time. Saving a release
 * "for immediate publication" clears the time (clearEmbargoOfImmediate), so a release has an
 * embargo exactly when `embargoUntil` is set — the same field the public access rule reads.
 */
export type EmbargoFields = { embargoUntil?: string | null }

export type Embargo = {
  /** When the embargo ends (ISO). */
  until: string
  /** True from that moment on: the release is public if it is published. */
  lifted: boolean
}

/** Is there an embargo, and until when. */
export const embargoOf = (release: EmbargoFields, now: Date = new Date()): Embargo | null => {
  if (!release.embargoUntil) return null
  return {
    until: release.embargoUntil,
    lifted: Date.parse(release.embargoUntil) <= now.getTime(),
  }
}
