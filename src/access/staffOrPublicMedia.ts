import type { Access } from 'payload'

import { publicFromWhere } from './publicFrom'

/**
 * Anonymous readers get a file only if something public shows it: a public release, the cover of
 * a public press pack, a public person's portrait, or the logo. An image attached only to an
 * embargoed release stays private, file URL included (Payload applies read access to
 * /api/media/file/…).
 */
export const staffOrPublicMedia: Access = ({ req: { user } }) => (user ? true : publicFromWhere())
