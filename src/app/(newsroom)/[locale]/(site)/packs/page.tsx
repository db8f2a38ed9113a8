import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { formatDate } from '../../../../../generator/dates'
import { isLocale } from '../../../../../lib/locales'
import { publicPacks } from '../../../../../newsroom/releases'
import { siteWords } from '../../../../../newsroom/words'
import { newsroomPayload, officeZone } from '../../../_components/payload'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: siteWords(locale).packs } : {}
}

export default async function PacksPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const w = siteWords(locale)
  const zone = await officeZone(locale)
  const { docs } = await publicPacks(await newsroomPayload(), locale, new Date())
  return (
    <>
      <h1>{w.packs}</h1>
      {docs.length === 0 ? (
        <p>{w.noReleases}</p>
      ) : (
        <ul className="release-list">
          {docs.map((p) => (
            <li key={p.id} className="release-card">
              <div>
                <time className="meta" dateTime={p.date}>
                  {formatDate(p.date, locale, zone)}
                </time>
                <h2>
                  <a href={`/${locale}/packs/${p.slug}`}>{p.title}</a>
                </h2>
                {p.intro && <p>{p.intro}</p>}
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
