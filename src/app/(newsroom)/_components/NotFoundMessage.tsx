import React from 'react'

import { locales } from '../../../lib/locales'
import { siteWords } from '../../../newsroom/words'

/** The one 404 text of the newsroom, in every language (the URL's language may be the unknown part). */
export const NotFoundMessage = () => (
  <>
    {locales.map((l, i) => (
      <section key={l} lang={l}>
        {i === 0 ? <h1>{siteWords(l).notFoundTitle}</h1> : <h2>{siteWords(l).notFoundTitle}</h2>}
        <p>{siteWords(l).notFoundText}</p>
        <p>
          <a href={`/${l}`}>{siteWords(l).backHome}</a>
        </p>
      </section>
    ))}
  </>
)
