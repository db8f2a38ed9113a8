import type { Access } from 'payload'

import { publicFromWhere } from './publicFrom'

/** The public sees an approved quote only once a public release cites it. */
export const staffOrCitedPublicly: Access = ({ req: { user } }) =>
  user ? true : { and: [{ status: { equals: 'approved' } }, publicFromWhere()] }
