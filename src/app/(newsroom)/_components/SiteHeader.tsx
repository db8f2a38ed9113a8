import React from 'react'

import type { Locale } from '../../../lib/locales'

import { locales } from '../../../lib/locales'
import { imageOf } from '../../../newsroom/releases'
import { siteWords } from '../../../newsroom/words'
import { officeFor } from './payload'

export const SiteHeader = async ({ locale }: { locale: Locale }) => {
  const w = siteWords(locale)
  const office = await officeFor(locale)
  const logo = imageOf(office.logo)
  return (
    <header className="site-header">
      <a className="skip" href="#content">
        {w.skipToContent}
      </a>
      <div className="wrap site-header__top">
        <a className="brand" href={`/${locale}`}>
          {logo && <img className="brand__logo" src={logo.src} alt="" />}
          <span>
            <span className="brand__city">{office.city}</span>
            <span className="brand__office">{office.officeName || w.newsroom}</span>
          </span>
        </a>
        <nav aria-label={w.languages}>
          <ul className="languages">
            {locales.map((l) => (
              <li key={l}>
                <a
                  href={`/${l}`}
                  lang={l}
                  hrefLang={l}
                  aria-current={l === locale ? 'true' : undefined}
                >
                  {siteWords(l).languageName}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className="wrap site-nav">
        <nav aria-label={w.newsroom}>
          <ul>
            <li>
              <a href={`/${locale}`}>{w.releases}</a>
            </li>
            <li>
              <a href={`/${locale}/packs`}>{w.packs}</a>
            </li>
            <li>
              <a href={`/${locale}/contacts`}>{w.contacts}</a>
            </li>
          </ul>
        </nav>
        <form
          className="search-form"
          role="search"
          aria-label={w.searchHeaderLabel}
          action={`/${locale}/search`}
          method="get"
        >
          <label htmlFor="site-search" className="sr-only">
            {w.search}
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder={w.searchPlaceholder}
            maxLength={500}
          />
          <button type="submit">{w.searchButton}</button>
        </form>
      </div>
    </header>
  )
}
