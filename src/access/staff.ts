import type { Access } from 'payload'

/** Anyone logged in to the admin: admins, editors and authors. */
export const staff: Access = ({ req: { user } }) => Boolean(user)
