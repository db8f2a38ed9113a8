import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { PressRelease } from '../../../../../../payload-types'

import { formatDate } from '../../../../../../generator/dates'
import { isLocale } from '../../../../../../lib/locales'
import { isSlug } from '../../../../../../newsroom/params'
import { packUrl } from '../../../../../../newsroom/publicUrl'
import { findPublicPack } from '../../../../../../newsroom/releases'
import { siteWords } from '../../../../../../newsroom/words'
import { withdrawalNotice } from '../../../../../../withdrawal/notice'
import { newsroomPayload, officeZone } from '../../../../_components/payload'
import { ReleaseCard } from '../../../../_components/ReleaseCard'

type Props = { params: Promise<{ locale: string; slug: string }> }

const load = cache(async (locale: string, slug: string) => {
  if (!isLocale(locale) || !isSlug(slug)) return null
  return findPublicPack(await newsroomPayload(), slug, locale, new Date())
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  const pack = await load(locale, slug)
  if (!pack || !isLocale(locale)) return {}
  return {
    title: pack.title,
    description: pack.intro ?? undefined,
    alternates: { canonical: packUrl(locale, slug) },
  }
}

export default async function PackPage({ params }: Props) {
  const { locale, slug } = await params
  const pack = await load(locale, slug)
  if (!pack || !isLocale(locale)) notFound()
  const w = siteWords(locale)
  const zone = await officeZone(locale)
  const releases = (pack.releases ?? []).filter(
    (r): r is PressRelease => typeof r === 'object' && r !== null,
  )
  return (
    <>
      <p className="kind">{w.packs}</p>
      <h1>{pack.title}</h1>
      <p className="meta">
        <time dateTime={pack.date}>{formatDate(pack.date, locale, zone)}</time>
      </p>
      {pack.intro?.split(/\n\s*\n/).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p>
        <a
          className="button"
          href={`/api/press-packs/${encodeURIComponent(slug)}/pdf?locale=${locale}`}
        >
          {w.downloadPackPdf}
        </a>{' '}
        <a
          className="button button--plain"
          href={`/api/press-packs/${encodeURIComponent(slug)}/zip?locale=${locale}`}
        >
          {w.downloadPackZip}
        </a>
      </p>
      <h2>{w.packReleases}</h2>
      <ol className="release-list">
        {releases.map((r) => (
          <ReleaseCard
            key={r.id}
            release={r}
            locale={locale}
            notice={withdrawalNotice(r, locale, zone)}
          />
        ))}
      </ol>
    </>
  )
}
