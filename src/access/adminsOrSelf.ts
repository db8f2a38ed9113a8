import type { Access } from 'payload'

import { isAdmin } from './roles'

/** Admins change every account; anyone else signed in only their own. */
export const adminsOrSelf: Access = ({ req: { user } }) =>
  isAdmin(user) ? true : user ? { id: { equals: user.id } } : false
