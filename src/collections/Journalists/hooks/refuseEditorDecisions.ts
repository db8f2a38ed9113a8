import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from '../../../lib/refusal'

import type { Journalist } from '../../../payload-types'

import { editorDecisionRefused } from '../../../access/journalistDecisions'
import { say } from '../../../lib/translations'

const messages = {
  embargoTrusted: 'journalistTrustEditorsOnly',
  consent: 'journalistConsentEditorsOnly',
  email: 'journalistTrustedEmailEditorsOnly',
} as const

/** A change that is an editor's decision, asked for by someone else: a 400 naming the field. */
export const refuseEditorDecisions: CollectionBeforeChangeHook<Journalist> = ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  const field = editorDecisionRefused(req.user, data, originalDoc)
  if (!field) return data
  throw fieldRefusal(req, collection.slug, field, say(req.t, messages[field]))
}
