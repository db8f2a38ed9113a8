import type { Payload } from 'payload'

import type { Assets } from '../generator/assets'
import type { ReleaseView } from '../generator/view'
import type { Locale } from '../lib/locales'
import type { PressOffice, PressRelease } from '../payload-types'

import { releasePublicSince } from '../access/visibility'
import { buildReleaseView } from '../generator/releaseView'
import { lastMajorChange } from '../record/lastModified'
import { publicBaseUrl, releaseUrl } from './publicUrl'
import { publicCached } from './publicCache'
import { findPublicRelease, imageOf, loadOffice } from './releases'

/** Images as the site serves them (Payload's file URLs, which apply the media access rule). */
const siteAssets: Assets = { stylesheets: [], imageSrc: (m) => imageOf(m, 'print')?.src ?? null }

export type ReleasePage = {
  release: PressRelease
  view: ReleaseView
  office: PressOffice
  requested: Locale
  shownLocale: Locale
  available: Locale[]
  /** When the release became public (releasePublicSince); never its dateline. */
  publicSince: string | null
  photos: {
    src: string
    alt: string
    original: string
    caption: string | null
    credit: string | null
  }[]
}

/** A public release's page in `locale` at `now`, or null for the 404 (hidden and unknown alike). */
export const loadReleasePage = (
  payload: Payload,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<ReleasePage | null> =>
  publicCached(payload, `release|${locale}|${slug}`, now, () =>
    releasePageAt(payload, slug, locale, now),
  )

const releasePageAt = async (
  payload: Payload,
  slug: string,
  locale: Locale,
  now: Date,
): Promise<ReleasePage | null> => {
  const found = await findPublicRelease(payload, slug, locale, now)
  if (!found) return null
  const { release, shownLocale, available } = found
  const [office, lastModified] = await Promise.all([
    loadOffice(payload, shownLocale, now),
    lastMajorChange(payload, release.id, now),
  ])
  const view = buildReleaseView(release, {
    locale: shownLocale,
    office,
    assets: siteAssets,
    draft: false,
    lastModified,
  })
  const photos = (release.media ?? []).flatMap((m, i) => {
    const image = imageOf(m, 'print')
    const photo = view.photos[i]
    return image && photo ? [{ ...image, caption: photo.caption, credit: photo.credit }] : []
  })
  return {
    release,
    view,
    office,
    requested: locale,
    shownLocale,
    available,
    publicSince: releasePublicSince(release),
    photos,
  }
}

const absolute = (src: string) => (/^https?:/.test(src) ? src : `${publicBaseUrl()}${src}`)

/** schema.org NewsArticle for the page's one JSON-LD block. */
export const newsArticle = (page: ReleasePage) => {
  const { release, view, office } = page
  const organisation = {
    '@type': 'GovernmentOrganization',
    name: [office.officeName, office.city].filter(Boolean).join(', '),
    url: publicBaseUrl(),
  }
  const url = releaseUrl(page.shownLocale, release.slug ?? String(release.id))
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: release.headline,
    description: release.lead ?? undefined,
    datePublished: page.publicSince ?? undefined,
    // Moved by updates and corrections only: a minor change keeps the release's dates.
    dateModified: release.lastMajorChangeAt ?? page.publicSince ?? undefined,
    inLanguage: page.shownLocale,
    image: page.photos.map((p) => absolute(p.original)),
    keywords: view.keywords || undefined,
    author: organisation,
    publisher: organisation,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
  }
}

/** JSON for inside a <script> element: `<` escaped so no text can close the element. */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c')

export { absolute as absoluteUrl }
