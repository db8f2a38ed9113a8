import type { PayloadRequest } from 'payload'

/**
 * Resolves once the request's database transaction has ended (Payload deletes
 * `req.transactionID` when it commits or rolls back), or after `limitMs`. A collection's
 * afterChange hook runs inside the transaction, before the save is visible to other connections.
 */
export const transactionEnded = async (
  req: Pick<PayloadRequest, 'transactionID'>,
  limitMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + limitMs
  while (req.transactionID !== undefined && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 2))
}
