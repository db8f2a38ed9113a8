import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '../../../payload-types'

/** The first account (made on the admin's "create first user" screen) runs the office. */
export const makeFirstUserAdmin: CollectionBeforeChangeHook<User> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin', approver: true }
  return data
}
