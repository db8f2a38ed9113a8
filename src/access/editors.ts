import type { Access } from 'payload'

import { canPublish } from './roles'

/** Admins and editors: the people who may publish and delete. */
export const editors: Access = ({ req: { user } }) => canPublish(user)
