import type { Journalist, User } from '../payload-types'

import { canPublish } from './roles'

export type EditorDecision = 'embargoTrusted' | 'consent' | 'email'

/**
 * Who receives embargoed material is an editor's decision: trusting a journalist with embargoes,
 * confirming their consent, and changing the address of a trusted one. Taking trust or consent
 * away sends less, so staff may. The field a change would decide without the right, or null.
 * Without a user (a sign-up, its confirmation link, the seed) the code itself decides.
 */
export const editorDecisionRefused = (
  user: Partial<Pick<User, 'role'>> | null | undefined,
  data: Partial<Pick<Journalist, EditorDecision>>,
  original?: Partial<Pick<Journalist, EditorDecision>>,
): EditorDecision | null => {
  if (!user || canPublish(user)) return null
  if (data.embargoTrusted === true && !original?.embargoTrusted) return 'embargoTrusted'
  if (data.consent === 'confirmed' && original?.consent !== 'confirmed') return 'consent'
  if (original?.embargoTrusted && data.email !== undefined && data.email !== original.email) {
    return 'email'
  }
  return null
}
