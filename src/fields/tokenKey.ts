import type { Field, FieldHook } from 'payload'

import { newTokenKey } from '../distribution/token'

/** A row keeps the key it was made with; a row without one (older than keys) gets one. */
const keepOrMakeKey: FieldHook = ({ originalDoc }) => originalDoc?.tokenKey || newTokenKey()

/**
 * The row's own random key, which every token naming the row carries (src/distribution/token.ts).
 * Written only by the server, never shown nor accepted through the API or the admin.
 */
export const tokenKeyField: Field = {
  name: 'tokenKey',
  type: 'text',
  access: { read: () => false, create: () => false, update: () => false },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
  hooks: { beforeChange: [keepOrMakeKey] },
}
