import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Locale } from '../../../../../lib/locales'

import { defaultLocale, isLocale } from '../../../../../lib/locales'
import { isSlug } from '../../../../../newsroom/params'
import { releaseUrl } from '../../../../../newsroom/publicUrl'
import {
  absoluteUrl,
  loadReleasePage,
  newsArticle,
  scriptJson,
} from '../../../../../newsroom/releasePage'
import { fill, siteWords } from '../../../../../newsroom/words'
import { CopyTextButton } from '../../../_components/CopyTextButton'
import { newsroomPayload } from '../../../_components/payload'
import { ReleaseArticle } from '../../../_components/ReleaseArticle'

type Props = { params: Promise<{ locale: string; slug: string }> }

/** One read per request, shared by <head> and the page. */
const load = cache(async (locale: string, slug: string) => {
  if (!isLocale(locale) || !isSlug(slug)) return null
  return loadReleasePage(await newsroomPayload(), slug, locale, new Date())
})

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale, slug } = await params
  const page = await load(locale, slug)
  if (!page) return {}
  const { release, available, shownLocale } = page
  const canonical = releaseUrl(shownLocale, slug)
  const image = page.photos[0]
  const description = release.lead ?? undefined
  const fallback = available.includes(defaultLocale) ? defaultLocale : available[0]
  return {
    title: release.headline,
    description,
    alternates: {
      canonical,
      languages: {
        ...Object.fromEntries(available.map((l) => [l, releaseUrl(l, slug)])),
        'x-default': releaseUrl(fallback, slug),
      },
    },
    openGraph: {
      type: 'article',
      title: release.headline,
      description,
      url: canonical,
      locale: shownLocale,
      siteName: [page.office.officeName, page.office.city].filter(Boolean).join(', '),
      publishedTime: page.publicSince ?? undefined,
      modifiedTime: release.updatedAt,
      images: image ? [{ url: absoluteUrl(image.src), alt: image.alt }] : undefined,
    },
    twitter: {
      card: image ? 'summary_large_image' : 'summary',
      title: release.headline,
      description,
      images: image ? [absoluteUrl(image.src)] : undefined,
    },
  }
}

export default async function ReleasePageView({ params }: Props) {
  const { locale, slug } = await params
  const page = await load(locale, slug)
  if (!page) notFound()
  const { view, shownLocale, available, release } = page
  const requested = locale as Locale
  const w = siteWords(requested)
  const shownWords = siteWords(shownLocale)
  const download = (format: string) =>
    `/api/press-releases/${encodeURIComponent(slug)}/${format}?locale=${shownLocale}`
  return (
    <>
      <ReleaseArticle
        view={view}
        lang={shownLocale}
        publicSince={page.publicSince ?? undefined}
        notice={
          shownLocale !== requested && (
            <p className="notice" lang={requested}>
              {fill(w.shownInLanguage, { language: shownWords.languageName })}
            </p>
          )
        }
        downloadsTitle={w.downloads}
        downloads={['pdf', 'html', 'txt'].map((f) => ({
          label: f.toUpperCase(),
          href: download(f),
        }))}
        extraDownload={
          <CopyTextButton targetId="release-text" label={w.copyText} done={w.copied} />
        }
        asideEnd={
          available.length > 1 && (
            <section aria-labelledby="languages">
              <h2 id="languages">{w.otherLanguages}</h2>
              <ul>
                {available
                  .filter((l) => l !== shownLocale)
                  .map((l) => (
                    <li key={l}>
                      <a href={`/${l}/${slug}`} lang={l} hrefLang={l}>
                        {siteWords(l).languageName}
                      </a>
                    </li>
                  ))}
              </ul>
            </section>
          )
        }
      >
        {release.topics?.length ? (
          <ul className="chips" aria-label={w.topic}>
            {release.topics.map((t) => (
              <li key={t}>
                <a href={`/${requested}?topic=${encodeURIComponent(t)}`}>{t}</a>
              </li>
            ))}
          </ul>
        ) : null}
        {page.photos.length > 0 && (
          <section aria-labelledby="photos">
            <h2 id="photos">{shownWords.photos}</h2>
            <div className="photos">
              {page.photos.map((p) => (
                <figure key={p.original}>
                  <img src={p.src} alt={p.alt} loading="lazy" />
                  <figcaption>
                    {p.caption}
                    {p.credit && ` ${view.labels.photoCredit} ${p.credit}`}{' '}
                    <a href={p.original} download>
                      ({shownWords.originalFile})
                    </a>
                  </figcaption>
                </figure>
              ))}
            </div>
          </section>
        )}
      </ReleaseArticle>
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: scriptJson(newsArticle(page)) }}
      />
    </>
  )
}
