import type { AuditAction } from './actions'

/** One field's value before and after (null: not set). */
export type Change = { from: string | boolean | null; to: string | boolean | null }
export type Changes = Record<string, Change>

/**
 * The fields of a release or a pack that decide what the public sees, and the review's state.
 * The review fields come from the review workflow (`review`, `forcedPublication` groups); they are
 * read defensively, as a document may not have them.
 */
export type Deciding = {
  status: string | null
  embargoUntil: string | null
  updatedAt: string | null
  reviewState: string | null
  forcedReason: string | null
  forcedApprovedBy: string | null
}

type Doc = Record<string, unknown> | null | undefined

const text = (value: unknown): string | null =>
  value === undefined || value === null || value === '' ? null : String(value)

const idText = (value: unknown): string | null =>
  value && typeof value === 'object' && 'id' in value
    ? text((value as { id: unknown }).id)
    : text(value)

const group = (doc: Doc, name: string): Record<string, unknown> => {
  const value = doc?.[name]
  return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
}

const iso = (value: unknown): string | null => {
  const t = text(value)
  if (t === null) return null
  const ms = Date.parse(t)
  return Number.isNaN(ms) ? t : new Date(ms).toISOString()
}

export const decidingOf = (doc: Doc): Deciding | null =>
  doc
    ? {
        status: text(doc._status),
        embargoUntil: iso(doc.embargoUntil),
        updatedAt: iso(doc.updatedAt),
        // 'none' is no review at all: a new release is not "none → none".
        reviewState:
          text(group(doc, 'review').state) === 'none' ? null : text(group(doc, 'review').state),
        forcedReason: text(group(doc, 'forcedPublication').reason),
        forcedApprovedBy: idText(group(doc, 'forcedPublication').approvedBy),
      }
    : null

export type PublicationEvent = { action: AuditAction; changes: Changes; reason: string | null }

const changed = (a: unknown, b: unknown) => (a ?? null) !== (b ?? null)

/**
 * The one diff of a save of a release or a pack: what the public sees (the live document, before
 * and after) and the review's state (the newest version, before and after: a submission is saved
 * as a draft). One save is at most one event; null when nothing that matters changed (a draft
 * saved over the live document, say).
 */
export const publicationEvent = (
  live: { before: Deciding | null; after: Deciding | null },
  latest: { before: Deciding | null; after: Deciding | null },
): PublicationEvent | null => {
  const { before, after } = live
  const changes: Changes = {}
  const note = (name: string, from: string | null | undefined, to: string | null | undefined) => {
    if (changed(from, to)) changes[name] = { from: from ?? null, to: to ?? null }
  }
  note('status', before?.status, after?.status)
  note('embargoUntil', before?.embargoUntil, after?.embargoUntil)
  const was = latest.before
  const now = latest.after
  note('review', was?.reviewState, now?.reviewState)
  note('forcedPublication', was?.forcedReason, now?.forcedReason)
  note('forcedApprovedBy', was?.forcedApprovedBy, now?.forcedApprovedBy)
  const event = (action: AuditAction, reason: string | null = null): PublicationEvent => ({
    action,
    changes,
    reason,
  })

  if (!before && !after) return null
  if (!before) return event('create')
  if (!after) return event('delete')
  const published = (d: Deciding | null) => d?.status === 'published'
  if (now?.forcedReason && changed(was?.forcedReason, now.forcedReason)) {
    return event('force-publish', now.forcedReason)
  }
  if (!published(before) && published(after)) return event('publish')
  if (published(before) && !published(after)) return event('unpublish')
  if (now?.forcedApprovedBy && changed(was?.forcedApprovedBy, now.forcedApprovedBy)) {
    return event('approve-forced')
  }
  if (changed(was?.reviewState, now?.reviewState)) {
    if (now?.reviewState === 'submitted') return event('submit')
    if (now?.reviewState === 'returned') return event('return')
  }
  if (published(after) && changes.embargoUntil) return event('embargo')
  if (published(after) && changed(before.updatedAt, after.updatedAt)) {
    return event('change-published')
  }
  return null
}

const shown = (value: string | boolean | null) => (value === null ? '—' : String(value))

/** "status: draft → published; embargoUntil: — → 2026-12-08T09:00:00.000Z" */
export const summaryOf = (changes: Changes | null | undefined): string =>
  Object.entries(changes ?? {})
    .map(([name, { from, to }]) => `${name}: ${shown(from)} → ${shown(to)}`)
    .join('; ')
