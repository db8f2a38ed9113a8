import type { CollectionBeforeChangeHook, Field } from 'payload'

import { isShownState } from '../access/visibility'
import { nowOf } from '../lib/clock'

/**
 * When a release or pack was first published: what "public since" reads (visibility.ts), because
 * neither the dateline nor the creation of a draft says when the public first saw it. Set once by
 * the save that first publishes; kept through unpublishing and later saves.
 */
export const firstPublishedAtField: Field = {
  name: 'firstPublishedAt',
  type: 'date',
  admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  access: { create: () => false, update: () => false },
}

export const stampFirstPublication: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!isShownState(data) || originalDoc?.firstPublishedAt || data.firstPublishedAt) return data
  return { ...data, firstPublishedAt: nowOf(req).toISOString() }
}
