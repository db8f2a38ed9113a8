/**
 * A release's (or pack's) review as states and transitions, in one place: none → submitted
 * (submit) → returned (return) or published (a publication by someone who did not write it, or
 * a forced one); a forced publication stays flagged until another editor approves it. Who may
 * take each step is src/access/secondPairOfEyes.ts and src/access/roles.ts.
 */
type Id = number | string

export type ReviewState = 'none' | 'submitted' | 'returned'

export type Review = {
  state?: ReviewState | null
  submittedBy?: Id | { id: Id } | null
  submittedAt?: string | null
}

export type ForcedPublication = {
  reason?: string | null
  by?: Id | { id: Id } | null
  at?: string | null
  approvedBy?: Id | { id: Id } | null
  approvedAt?: string | null
}

/** What the review endpoints write; the save hook applies it as the last word on these fields. */
export type ReviewPatch = { review?: Review; forcedPublication?: ForcedPublication }

export const reviewPatchKey = 'pressroomReviewPatch'

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id: Id }).id ?? null) : ((value as Id) ?? null)

/** The stored groups as plain ids (a read at depth > 0 gives users as objects). */
export const storedReview = (review: Review | null | undefined): Review => ({
  state: review?.state ?? 'none',
  submittedBy: idOf(review?.submittedBy),
  submittedAt: review?.submittedAt ?? null,
})

export const storedForced = (forced: ForcedPublication | null | undefined): ForcedPublication => ({
  reason: forced?.reason ?? null,
  by: idOf(forced?.by),
  at: forced?.at ?? null,
  approvedBy: idOf(forced?.approvedBy),
  approvedAt: forced?.approvedAt ?? null,
})

export const submitted = (user: Id, now: Date): Review => ({
  state: 'submitted',
  submittedBy: user,
  submittedAt: now.toISOString(),
})

export const returned = (review: Review): Review => ({ ...storedReview(review), state: 'returned' })

/** A publication ends the review; who submitted it stays on record. */
export const publishedReview = (review: Review): Review => ({
  ...storedReview(review),
  state: 'none',
})

export const forced = (reason: string, user: Id, now: Date): ForcedPublication => ({
  reason,
  by: user,
  at: now.toISOString(),
  approvedBy: null,
  approvedAt: null,
})

export const approved = (forcedPublication: ForcedPublication, user: Id, now: Date) => ({
  ...storedForced(forcedPublication),
  approvedBy: user,
  approvedAt: now.toISOString(),
})

/** Flagged: published without a second pair of eyes, and no other editor has approved it yet. */
export const awaitsApproval = (forcedPublication: ForcedPublication | null | undefined): boolean =>
  Boolean(forcedPublication?.reason && !forcedPublication.approvedBy)

export const forcedById = (forcedPublication: ForcedPublication | null | undefined) =>
  idOf(forcedPublication?.by)
