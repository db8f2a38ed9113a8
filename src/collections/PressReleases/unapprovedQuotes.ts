import type { PayloadRequest } from 'payload'

import { idsOf } from '../../access/publicReleaseIds'

const statusWords = { pending: 'is pending approval', rejected: 'was rejected' } as const

/** One message per cited quote that is not approved, naming the quote and its speaker. */
export const unapprovedQuotes = async (
  req: PayloadRequest,
  quotes: unknown[] | null | undefined,
): Promise<string[]> => {
  const ids = idsOf(quotes)
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'quotes',
    where: { and: [{ id: { in: ids } }, { status: { not_equals: 'approved' } }] },
    depth: 1,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((quote) => {
    const speaker = typeof quote.speaker === 'object' ? quote.speaker?.name : undefined
    const words = quote.text.length > 60 ? `${quote.text.slice(0, 59)}…` : quote.text
    const status = statusWords[quote.status as keyof typeof statusWords] ?? 'is not approved'
    return `Cannot publish: the quote „${words}”${speaker ? ` (${speaker})` : ''} ${status}.`
  })
}
