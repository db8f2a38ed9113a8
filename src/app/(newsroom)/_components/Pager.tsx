import React from 'react'

import type { Locale } from '../../../lib/locales'

import { fill, siteWords } from '../../../newsroom/words'

type Props = {
  locale: Locale
  page: number
  totalPages: number
  /** The address of another page of the same list. */
  href: (page: number) => string
}

/** "Poprzednia · Strona 2 z 5 · Następna" under a list of more than one page. */
export const Pager = ({ locale, page, totalPages, href }: Props) => {
  if (totalPages <= 1) return null
  const w = siteWords(locale)
  const label = fill(w.pageOf, { page, pages: totalPages })
  return (
    <nav className="pager" aria-label={label}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {w.previous}
        </a>
      ) : (
        <span />
      )}
      <span>{label}</span>
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          {w.next}
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
}
