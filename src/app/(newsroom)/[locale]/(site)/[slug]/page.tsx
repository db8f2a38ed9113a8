import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React, { cache } from 'react'

import type { Locale } from '../../../../../lib/locales'

import { defaultLocale, isLocale } from '../../../../../lib/locales'
import { isSlug } from '../../../../../newsroom/params'
import { releaseUrl } from '../../../../../newsroom/publicUrl'
import { absoluteUrl, loadReleasePage, newsArticle, scriptJson } from '../../../../../newsroom/releasePage'
import { fill, siteWords } from '../../../../../newsroom/words'
import { CopyTextButton } from '../../../_components/CopyTextButton'
import { newsroomPayload } from '../../../_components/payload'

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
      publishedTime: page.publicSince,
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

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

export default async function ReleasePageView({ params }: Props) {
  const { locale, slug } = await params
  const page = await load(locale, slug)
  if (!page) notFound()
  const { view, shownLocale, available, release } = page
  const requested = locale as Locale
  const w = siteWords[requested]
  const shownWords = siteWords[shownLocale]
  const download = (format: string) => `/api/press-releases/${encodeURIComponent(slug)}/${format}?locale=${shownLocale}`
  return (
    <div className="release">
      <article lang={shownLocale}>
        {shownLocale !== requested && (
          <p className="notice" lang={requested}>
            {fill(w.shownInLanguage, { language: shownWords.languageName })}
          </p>
        )}
        <div id="release-text">
          <p className="kind">{view.labels.kind}</p>
          <h1>{view.headline}</h1>
          {view.subheadline && <p className="subheadline">{view.subheadline}</p>}
          <p className="meta">
            <time dateTime={page.publicSince}>{view.dateline}</time>
          </p>
          {view.lead && <p className="lead">{view.lead}</p>}
          {/* Lexical → HTML by the generator, through its allow-list (sanitizeBody.ts): nothing that loads or runs. */}
          <div className="body" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
          {view.quotes.map((q, i) => (
            <figure className="quote" key={i}>
              <blockquote>
                <p>{q.text}</p>
              </blockquote>
              <figcaption>
                — <span className="quote__speaker">{q.speaker}</span>
                {q.role && `, ${q.role}`}
              </figcaption>
            </figure>
          ))}
          <p className="meta" aria-hidden="true">
            {view.labels.endMark}
          </p>
        </div>
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
        {view.boilerplates.map((b) => (
          <section className="boilerplate" key={b.title}>
            <h2>{b.title}</h2>
            {b.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
          </section>
        ))}
      </article>
      <aside className="sidebar">
        {view.contacts.length > 0 && (
          <section aria-labelledby="contact">
            <h2 id="contact">{view.labels.contact}</h2>
            <ul className="contact-list">
              {view.contacts.map((c) => (
                <li key={c.email}>
                  <strong>{c.name}</strong>
                  {c.role && <span>{c.role}</span>}
                  <br />
                  <a href={`mailto:${c.email}`}>{c.email}</a>
                  {c.phone && (
                    <>
                      <br />
                      <a href={telHref(c.phone)}>{c.phone}</a>
                    </>
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-labelledby="downloads">
          <h2 id="downloads">{w.downloads}</h2>
          <ul>
            <li>
              <a className="button" href={download('pdf')}>PDF</a>
            </li>
            <li>
              <a className="button button--plain" href={download('html')}>HTML</a>
            </li>
            <li>
              <a className="button button--plain" href={download('txt')}>TXT</a>
            </li>
            <li>
              <CopyTextButton targetId="release-text" label={w.copyText} done={w.copied} />
            </li>
          </ul>
        </section>
        {available.length > 1 && (
          <section aria-labelledby="languages">
            <h2 id="languages">{w.otherLanguages}</h2>
            <ul>
              {available
                .filter((l) => l !== shownLocale)
                .map((l) => (
                  <li key={l}>
                    <a href={`/${l}/${slug}`} lang={l} hrefLang={l}>
                      {siteWords[l].languageName}
                    </a>
                  </li>
                ))}
            </ul>
          </section>
        )}
      </aside>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(newsArticle(page)) }} />
    </div>
  )
}
