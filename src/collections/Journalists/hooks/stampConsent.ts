import type { CollectionBeforeChangeHook } from 'payload'

import type { Journalist } from '../../../payload-types'

/** Records when consent was confirmed or withdrawn, the moment it changes. */
export const stampConsent: CollectionBeforeChangeHook<Journalist> = ({
  context,
  data,
  originalDoc,
}) => {
  // An erased journalist keeps no dates about the person (src/distribution/personalData.ts).
  if (context?.erasing) return data
  if (data.consent && data.consent !== originalDoc?.consent) {
    const now = new Date().toISOString()
    if (data.consent === 'confirmed') data.confirmedAt = now
    if (data.consent === 'unsubscribed') data.unsubscribedAt = now
  }
  return data
}
