import type { Access, FieldAccess } from 'payload'

import { isAdmin } from './roles'

export const admins: Access = ({ req: { user } }) => isAdmin(user)

/** The same for a field (Payload types field access apart). */
export const adminsField: FieldAccess = ({ req: { user } }) => isAdmin(user)
