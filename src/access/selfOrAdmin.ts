import type { FieldAccess } from 'payload'

import { isAdmin } from './roles'

/**
 * Private account fields (a user's e-mail): read by the account holder and by admins. Other
 * staff see what the admin needs to show a colleague: the name and the role.
 *
 * Before any account exists, nobody is signed in and there is no address to hide: the
 * create-first-user form is the holder typing their own. Payload builds that form's state with
 * this rule, and a field it may not read loses the marker that keeps Payload's auth block the
 * only e-mail input, so the form would draw a second one.
 */
export const selfOrAdmin: FieldAccess = async ({ req, doc, id }) => {
  const { user } = req
  if (user) return isAdmin(user) || (doc?.id ?? id) === user.id
  if (doc || (id !== undefined && id !== null)) return false
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0
}
