import React from 'react'

import { locales } from '../../../lib/locales'
import { siteWords } from '../../../newsroom/words'

/**
 * The one 404 for the newsroom: unknown, draft, scheduled and embargoed all end here. It cannot
 * know the URL's language, so it speaks all three.
 */
export default function NewsroomNotFound() {
  return (
    <>
      {locales.map((l, i) => (
        <section key={l} lang={l}>
          {i === 0 ? <h1>{siteWords[l].notFoundTitle}</h1> : <h2>{siteWords[l].notFoundTitle}</h2>}
          <p>{siteWords[l].notFoundText}</p>
          <p>
            <a href={`/${l}`}>{siteWords[l].backHome}</a>
          </p>
        </section>
      ))}
    </>
  )
}
