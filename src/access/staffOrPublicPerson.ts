import type { Access } from 'payload'

import { publicFromWhere } from './publicFrom'

/** People are public only once a public release shows them (as the speaker of a quote). */
export const staffOrPublicPerson: Access = ({ req: { user } }) => (user ? true : publicFromWhere())
