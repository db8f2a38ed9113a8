import type { CollectionBeforeChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'

/**
 * Records when consent was confirmed or withdrawn, the moment it changes, and which staff member
 * confirmed it (none when the journalist did, by the link in the confirmation mail).
 */
export const stampConsent: CollectionBeforeChangeHook<Journalist> = ({
  context,
  data,
  originalDoc,
  req,
}) => {
  // An erased journalist keeps no dates about the person (src/distribution/personalData.ts).
  if (context?.erasing) return data
  if (data.consent && data.consent !== originalDoc?.consent) {
    const now = new Date().toISOString()
    if (data.consent === 'confirmed') {
      data.confirmedAt = now
      data.confirmedBy = req.user?.collection === 'users' ? req.user.id : null
    }
    if (data.consent === 'unsubscribed') data.unsubscribedAt = now
  }
  return data
}
