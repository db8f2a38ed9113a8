import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import type { Locale } from '../../../../lib/locales'

import { intlLocaleOf, isLocale, locales } from '../../../../lib/locales'
import { monthParam, pageParam, topicParam, yearParam } from '../../../../newsroom/params'
import { homeUrl } from '../../../../newsroom/publicUrl'
import { listReleases, publicTopics } from '../../../../newsroom/releases'
import { siteWords } from '../../../../newsroom/words'
import { newsroomPayload } from '../../_components/payload'
import { Pager } from '../../_components/Pager'
import { ReleaseCard } from '../../_components/ReleaseCard'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: siteWords(locale).releases,
    alternates: {
      canonical: homeUrl(locale),
      languages: {
        ...Object.fromEntries(locales.map((l) => [l, homeUrl(l)])),
        'x-default': homeUrl(locales[0]),
      },
      types: {
        'application/rss+xml': `${homeUrl(locale)}/feed.xml`,
        'application/atom+xml': `${homeUrl(locale)}/atom.xml`,
      },
    },
  }
}

// Each language's month names, made once: an Intl formatter costs more to make than to use.
const monthNames = Object.fromEntries(
  locales.map((l) => {
    const format = new Intl.DateTimeFormat(intlLocaleOf(l), { month: 'long', timeZone: 'UTC' })
    return [l, Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 1))))]
  }),
) as Record<Locale, string[]>

const years = (now: Date) => Array.from({ length: 6 }, (_, i) => now.getUTCFullYear() - i)

export default async function ReleaseListPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const query = await searchParams
  const filter = {
    page: pageParam(query.page),
    topic: topicParam(query.topic),
    year: yearParam(query.year),
    month: monthParam(query.month),
  }
  const now = new Date()
  const payload = await newsroomPayload()
  const [list, topics] = await Promise.all([
    listReleases(payload, locale, filter, now),
    publicTopics(payload, now),
  ])
  const w = siteWords(locale)
  const pageHref = (page: number) => {
    const q = new URLSearchParams()
    if (filter.topic) q.set('topic', filter.topic)
    if (filter.year) q.set('year', String(filter.year))
    if (filter.month) q.set('month', String(filter.month))
    if (page > 1) q.set('page', String(page))
    const s = q.toString()
    return `/${locale}${s ? `?${s}` : ''}`
  }
  return (
    <>
      <h1>{w.releases}</h1>
      <form className="filters" method="get" action={`/${locale}`}>
        <label>
          {w.topic}
          <select name="topic" defaultValue={filter.topic ?? ''}>
            <option value="">{w.allTopics}</option>
            {filter.topic && !topics.includes(filter.topic) && (
              <option value={filter.topic}>{filter.topic}</option>
            )}
            {topics.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.year}
          <select name="year" defaultValue={filter.year ? String(filter.year) : ''}>
            <option value="">{w.any}</option>
            {years(now).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {w.month}
          <select name="month" defaultValue={filter.month ? String(filter.month) : ''}>
            <option value="">{w.any}</option>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {monthNames[locale][m - 1]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{w.filter}</button>
      </form>
      {list.docs.length === 0 ? (
        <p>{w.noReleases}</p>
      ) : (
        <ol className="release-list">
          {list.docs.map((r) => (
            <ReleaseCard key={r.id} release={r} locale={locale} />
          ))}
        </ol>
      )}
      <Pager locale={locale} page={list.page ?? 1} totalPages={list.totalPages} href={pageHref} />
    </>
  )
}
