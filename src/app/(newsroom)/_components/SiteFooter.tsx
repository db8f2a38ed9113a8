import React from 'react'

import type { Locale } from '../../../lib/locales'

import { recordPublicWords, siteWords, statementWords } from '../../../newsroom/words'
import { statementPath } from '../../../statement/statement'

export const SiteFooter = ({ locale }: { locale: Locale }) => {
  const w = siteWords(locale)
  return (
    <footer className="site-footer">
      <div className="wrap">
        <span>{w.feeds}:</span>
        <ul>
          <li>
            <a href={`/${locale}/feed.xml`}>RSS</a>
          </li>
          <li>
            <a href={`/${locale}/atom.xml`}>Atom</a>
          </li>
          <li>
            <a href="/sitemap.xml">Sitemap</a>
          </li>
        </ul>
        <a href={`/${locale}/subscribe`}>{w.signup.subscribeLink}</a>
        <a className="site-footer__register" href={`/${locale}/changes`}>
          {recordPublicWords[locale].register}
        </a>
        <a className="site-footer__statement" href={statementPath(locale)}>
          {statementWords[locale].title}
        </a>
      </div>
    </footer>
  )
}
