import type { Access, FieldAccess } from 'payload'

import { isStaff } from './roles'

/** Anyone logged in to the admin: admins, editors and authors. */
export const staff: Access = ({ req: { user } }) => isStaff(user)

/** The same for a field. */
export const staffField: FieldAccess = ({ req: { user } }) => isStaff(user)
