import React from 'react'

import { inEveryLanguage } from '../../../../newsroom/words'

/** The one answer to a personal link that opens nothing: revoked, expired, mistyped or unknown. */
export default function PersonalLinkNotFound() {
  return <h1>{inEveryLanguage((w) => w.notFoundTitle)}</h1>
}
