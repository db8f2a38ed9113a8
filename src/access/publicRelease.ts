import type { Where } from 'payload'

/**
 * The one rule for what the public may see of a release: published, and its embargo (if any)
 * has passed at `now`. Reads, exports, GraphQL, quotes, packs and media files all use it.
 */
export const publicReleaseWhere = (now: Date = new Date()): Where => ({
  and: [
    { _status: { equals: 'published' } },
    {
      or: [
        { embargoUntil: { exists: false } },
        { embargoUntil: { equals: null } },
        { embargoUntil: { less_than_equal: now.toISOString() } },
      ],
    },
  ],
})
