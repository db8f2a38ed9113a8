import type { LocalizedText } from '../../../lib/quotes'

import { idsOf } from '../../../access/publicReleaseIds'
import { nestedRequest } from '../../../lib/nestedRequest'
import { speakerName, textsByLocale } from '../../../lib/quotes'
import { staffEndpoint, uncachedJson } from '../../../lib/staffEndpoint'

export type QuoteAwaitingReview = {
  id: number
  speaker: string | null
  context: LocalizedText | null
  /** The quote's words in every language it has, the default language first. */
  texts: LocalizedText[]
  /** The releases (drafts included) that cite it, each headline in a language it has. */
  citedBy: { id: number; headline: LocalizedText | null }[]
}

/** How many waiting quotes the dashboard shows; the list link shows the rest. */
const shown = 20

/**
 * GET /api/quotes/awaiting-review — staff: the quotes waiting for approval, oldest first, read in
 * every language (a quote from an English release has no Polish text) with the releases citing
 * them, as the caller may read them.
 */
export const awaitingReviewEndpoint = staffEndpoint({
  path: '/awaiting-review',
  method: 'get',
  logIn: 'refuseLogInReviewQuotes',
  handler: async (req) => {
    const asCaller = { user: req.user, overrideAccess: false, locale: 'all' } as const
    const { docs, totalDocs } = await req.payload.find({
      collection: 'quotes',
      where: { status: { equals: 'pending' } },
      sort: 'createdAt',
      limit: shown,
      depth: 1,
      ...asCaller,
      req: nestedRequest(req),
    })
    const ids = docs.map((q) => q.id)
    const { docs: releases } = ids.length
      ? await req.payload.find({
          collection: 'press-releases',
          where: { quotes: { in: ids } },
          draft: true,
          pagination: false,
          depth: 0,
          select: { headline: true, quotes: true },
          ...asCaller,
          req: nestedRequest(req),
        })
      : { docs: [] }
    const quotes: QuoteAwaitingReview[] = docs.map((quote) => ({
      id: quote.id,
      speaker: typeof quote.speaker === 'object' ? speakerName(quote.speaker?.name) : null,
      context: textsByLocale(quote.context)[0] ?? null,
      texts: textsByLocale(quote.text),
      citedBy: releases
        .filter((r) => idsOf(r.quotes).some((id) => String(id) === String(quote.id)))
        .map((r) => ({ id: r.id, headline: textsByLocale(r.headline)[0] ?? null })),
    }))
    return uncachedJson({ quotes, totalDocs })
  },
})
