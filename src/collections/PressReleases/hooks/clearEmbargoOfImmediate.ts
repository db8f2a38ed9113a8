import type { CollectionBeforeChangeHook } from 'payload'

import type { PressRelease } from '../../../payload-types'

/**
 * "For immediate release" means no embargo: switching the type clears the time, so the public
 * rule (which reads only `embargoUntil`) and every document agree with what the editor chose.
 */
export const clearEmbargoOfImmediate: CollectionBeforeChangeHook<PressRelease> = ({
  data,
  originalDoc,
}) => {
  const releaseType = data.releaseType ?? originalDoc?.releaseType
  return releaseType === 'immediate' ? { ...data, embargoUntil: null } : data
}
