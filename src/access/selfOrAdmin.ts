import type { FieldAccess } from 'payload'

/**
 * Private account fields (a user's e-mail): read by the account holder and by admins. Other
 * staff see what the admin needs to show a colleague: the name and the role.
 */
export const selfOrAdmin: FieldAccess = ({ req: { user }, doc, id }) =>
  user?.role === 'admin' || (user !== null && user !== undefined && (doc?.id ?? id) === user.id)
