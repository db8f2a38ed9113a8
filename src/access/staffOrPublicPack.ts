import type { Access } from 'payload'

import { publicPackWhere } from './visibility'

/** Staff read every pack; everyone else only a shown pack whose every release is public. */
export const staffOrPublicPack: Access = ({ req }) =>
  req.user ? true : publicPackWhere(req.payload, new Date(), req)
