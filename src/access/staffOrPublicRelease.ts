import type { Access } from 'payload'

import { publicReleaseWhere } from './visibility'

/** Staff read every release; everyone else only published releases past their embargo. */
export const staffOrPublicRelease: Access = ({ req: { user } }) =>
  user ? true : publicReleaseWhere()
