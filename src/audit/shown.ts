import type { FieldHook, PayloadRequest } from 'payload'

import { getTranslation } from '@payloadcms/translations'

import type { CustomKey } from '../lib/translations'
import type { Change, Changes } from './changes'

import { readOfficeTimezone } from '../lib/settings'
import { say } from '../lib/translations'
import { formatWhen } from '../lib/when'
import { actorKinds } from './actions'

/**
 * What the admin's list shows of an entry, worded on the server in the reader's language: the
 * stored entry stays language-neutral (keys, ids, ISO times) for the CSV and for scripts.
 */
type Row = {
  changes?: Changes | null
  actorKind?: keyof typeof actorKinds | null
  actorName?: string | null
  docCollection?: string | null
}

const moments = new Set(['embargoUntil', 'scheduledAt'])

const hasWord = (req: PayloadRequest, key: string) =>
  say(req.t, key as CustomKey) !== `custom:${key}`

const optionLabel = (req: PayloadRequest, collection: string, field: string, value: string) => {
  const config = req.payload.collections[collection as 'users']?.config
  const found = config?.fields.find((f) => 'name' in f && f.name === field) as
    { options?: { value: string; label: unknown }[] } | undefined
  const option = found?.options?.find((o) => o.value === value)
  return option ? getTranslation(option.label as never, req.i18n) : value
}

const valueOf = async (
  req: PayloadRequest,
  name: string,
  value: Change['from'],
): Promise<string> => {
  if (value === null || value === '') return say(req.t, 'value_none')
  if (typeof value === 'boolean') return req.t(value ? 'general:true' : 'general:false')
  if (moments.has(name)) {
    return formatWhen(value, req.i18n.language, await readOfficeTimezone(req.payload, req))
  }
  if (name === 'role') return optionLabel(req, 'users', 'role', value)
  const key = `value_${value}`
  return hasWord(req, key) ? say(req.t, key as CustomKey) : value
}

export const describeChanges = async (req: PayloadRequest, changes: Changes | null | undefined) => {
  const parts: string[] = []
  for (const [name, change] of Object.entries(changes ?? {})) {
    const key = `auditField_${name}`
    const label = hasWord(req, key) ? say(req.t, key as CustomKey) : name
    parts.push(
      `${label}: ${await valueOf(req, name, change.from)} → ${await valueOf(req, name, change.to)}`,
    )
  }
  return parts.join('; ')
}

/** afterRead of the virtual `shownChange`: the before → after in the reader's words. */
export const showChange: FieldHook = ({ data, req }) =>
  describeChanges(req, (data as Row | undefined)?.changes)

/** afterRead of the virtual `shownActor`: a person's name, or who else acted. */
export const showActor: FieldHook = ({ data, req }) => {
  const row = data as Row | undefined
  if (!row?.actorKind || row.actorKind === 'user') return row?.actorName ?? null
  const kind = getTranslation(actorKinds[row.actorKind], req.i18n)
  return row.actorKind === 'client' ? `${kind} (${row.actorName})` : kind
}

/** afterRead of the virtual `shownCollection`: the collection's name in the reader's language. */
export const showCollection: FieldHook = ({ data, req }) => {
  const slug = (data as Row | undefined)?.docCollection
  if (!slug) return null
  const labels = req.payload.collections[slug as 'users']?.config.labels
  return labels ? getTranslation(labels.singular, req.i18n) : slug
}
