import type { CollectionAfterChangeHook } from 'payload'

import type { Changes } from '../changes'

import { recordAuditEvent } from '../record'

const decidingOf = (doc: Record<string, unknown> | undefined) => ({
  role: (doc?.role as string | undefined) ?? null,
  approver: doc?.approver === undefined ? null : Boolean(doc.approver),
})

/**
 * afterChange on users: who may do what. A new account, and a change of role or of the
 * "approves quotes" flag, each leave one entry with the before → after.
 */
export const recordAccessChange: CollectionAfterChangeHook = async ({
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const before = operation === 'create' ? null : decidingOf(previousDoc)
  const after = decidingOf(doc)
  const changes: Changes = {}
  for (const key of ['role', 'approver'] as const) {
    const from = before ? before[key] : null
    if (from !== after[key]) changes[key] = { from, to: after[key] }
  }
  if (operation !== 'create' && !Object.keys(changes).length) return doc
  await recordAuditEvent(
    { payload: req.payload, req },
    {
      action: operation === 'create' ? 'user-created' : 'role-changed',
      doc: { collection: 'users', id: doc.id, title: (doc.name as string | undefined) ?? null },
      changes,
    },
  )
  return doc
}
