import type { PayloadRequest } from 'payload'

import { idsOf } from '../access/publicReleaseIds'
import { nestedRequest } from './nestedRequest'
import { quoteSummary, speakerName, textsByLocale } from './quotes'
import { say } from './translations'

/** A cited quote that stops a publication, already worded in the reader's language. */
export type QuoteBlocker = {
  id: number | string
  status: 'pending' | 'rejected'
  /** "Nie można opublikować: cytat „…” (Speaker) czeka na zatwierdzenie." */
  message: string
  /** The same without the verb, for other deeds ("Nie można wysłać: …"): "cytat „…” …" */
  problem: string
}

/** Each cited quote that is not approved, naming the quote and its speaker. */
export const unapprovedQuotes = async (
  req: PayloadRequest,
  quotes: unknown[] | null | undefined,
): Promise<QuoteBlocker[]> => {
  const ids = idsOf(quotes)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'quotes',
    where: {
      and: [{ id: { in: ids } }, { status: { not_equals: 'approved' } }],
    },
    // Every language: a quote may have no text in the default one.
    locale: 'all',
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req: nestedRequest(req),
  })
  return docs.map((quote) => {
    const speaker =
      typeof quote.speaker === 'object' ? speakerName(quote.speaker?.name, req.locale) : undefined
    const status = quote.status === 'rejected' ? 'rejected' : 'pending'
    const problem = say(
      req.t,
      status === 'rejected' ? 'blockedQuoteRejected' : 'blockedQuotePending',
      {
        quote: quoteSummary(textsByLocale(quote.text, req.locale)[0]?.text ?? ''),
        speaker: speaker ? ` (${speaker})` : '',
      },
    )
    return { id: quote.id, status, problem, message: say(req.t, 'cannotPublish', { problem }) }
  })
}
