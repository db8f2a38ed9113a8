import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Marked } from '../../../../../newsroom/search'

import { formatDate } from '../../../../../generator/dates'
import { isLocale } from '../../../../../lib/locales'
import { queryParam } from '../../../../../newsroom/params'
import { searchReleases } from '../../../../../newsroom/search'
import { fill, siteWords } from '../../../../../newsroom/words'
import { newsroomPayload, officeZone } from '../../../_components/payload'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: siteWords(locale).search, robots: { index: false } } : {}
}

const Runs = ({ runs }: { runs: Marked }) => (
  <>
    {runs.map((r, i) =>
      r.mark ? <mark key={i}>{r.text}</mark> : <React.Fragment key={i}>{r.text}</React.Fragment>,
    )}
  </>
)

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const q = queryParam((await searchParams).q)
  const w = siteWords(locale)
  const zone = await officeZone(locale)
  const result = q ? await searchReleases(await newsroomPayload(), locale, q, new Date()) : null
  return (
    <>
      <h1>{w.search}</h1>
      <form
        className="search-form search-form--page"
        role="search"
        aria-label={w.searchPageLabel}
        method="get"
        action={`/${locale}/search`}
      >
        <label htmlFor="page-search" className="sr-only">
          {w.search}
        </label>
        <input
          id="page-search"
          type="search"
          name="q"
          defaultValue={q}
          placeholder={w.searchPlaceholder}
          maxLength={500}
        />
        <button type="submit">{w.searchButton}</button>
      </form>
      {result && (
        <>
          <p className="meta" aria-live="polite">
            {fill(w.resultsFor, { query: q })} ({result.total})
          </p>
          {result.hits.length === 0 ? (
            <p>{w.noResults}</p>
          ) : (
            <ol className="release-list">
              {result.hits.map((hit) => (
                <li key={hit.id} className="release-card">
                  <div lang={hit.shownLocale !== locale ? hit.shownLocale : undefined}>
                    {hit.date && (
                      <time className="meta" dateTime={hit.date}>
                        {formatDate(hit.date, locale, zone)}
                      </time>
                    )}
                    <h2>
                      <a href={`/${locale}/${hit.slug}`}>
                        <Runs runs={hit.headline} />
                      </a>
                    </h2>
                    <p>
                      <Runs runs={hit.snippet} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </>
  )
}
