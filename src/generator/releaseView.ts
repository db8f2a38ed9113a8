import type { Locale } from '../lib/locales'
import type {
  Boilerplate,
  Media,
  Person,
  PressContact,
  PressOffice,
  PressRelease,
  Quote,
} from '../payload-types'
import type { Assets } from './assets'
import type { OfficeSettings } from './loadRelease'
import type {
  BoilerplateView,
  ContactView,
  OfficeView,
  PhotoView,
  QuoteView,
  ReleaseView,
} from './view'

import { changesView } from '../corrections/changesView'
import { embargoOf } from '../lib/embargo'
import { withdrawalNotice } from '../withdrawal/notice'
import { withdrawalWords } from '../newsroom/words'
import { officeTimezone } from '../lib/settings'
import { buildRecordView } from '../record/view'
import { formatDate, formatMoment } from './dates'
import { labelsFor } from './labels'
import { markPolishParts } from './letterheadLanguage'
import { mapText, type RichText, textBlocks } from './lexical'
import { bodyToHtml } from './sanitizeBody'
import { quoted, typeset } from './typography'

export type ViewContext = {
  locale: Locale
  office: OfficeSettings
  assets: Assets
  draft: boolean
  /** The stamp of a personal copy (src/distribution/personalLinks.ts); none on shared documents. */
  preparedFor?: string | null
  /** The newest major change (src/record/lastModified.ts); first publication when not given. */
  lastModified?: string | null
}

const populated = <T extends object>(values: (number | string | T)[] | null | undefined): T[] =>
  (values ?? []).filter((v): v is T => typeof v === 'object' && v !== null)

const one = <T extends object>(value: number | string | T | null | undefined): T | null =>
  typeof value === 'object' && value !== null ? value : null

const clean = (text: string | null | undefined): string | null => {
  const trimmed = text?.trim()
  return trimmed ? trimmed : null
}

/** The office's city as the document's language writes it (Polish, or the City, when not given). */
const cityNameOf = (office: PressOffice): string => clean(office.cityName) ?? office.city

/** The dateline's place: the office's city in the document's language, another place as labelled. */
const placeOf = (place: string, office: PressOffice, places: Record<string, string>): string => {
  const name = clean(office.cityName)
  return place === office.city && name && name !== place ? name : (places[place] ?? place)
}

export const officeView = (office: OfficeSettings, ctx: ViewContext): OfficeView => {
  const logo = one<Media>(office.logo)
  const lines = (office.letterhead ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
  return {
    city: cityNameOf(office),
    name: office.officeName ?? '',
    lines,
    lineParts: lines.map((l) => markPolishParts(l, office.polishLetterhead, ctx.locale)),
    logoSrc: logo ? ctx.assets.imageSrc(logo) : null,
  }
}

export const quoteView = (quote: Quote, locale: Locale): QuoteView | null => {
  const text = clean(quote.text)
  if (!text) return null
  const speaker = one<Person>(quote.speaker)
  return {
    text: typeset(quoted(text, locale), locale),
    speaker: speaker?.name ?? '',
    role: clean(speaker?.role),
  }
}

export const photoView = (media: Media, ctx: ViewContext): PhotoView => ({
  src: ctx.assets.imageSrc(media),
  alt: media.alt ?? '',
  caption: clean(media.caption) && typeset(media.caption as string, ctx.locale),
  credit: clean(media.credit),
})

export const contactView = (contact: PressContact): ContactView => ({
  name: contact.name,
  role: clean(contact.role),
  email: contact.email,
  phone: clean(contact.phone),
})

export const boilerplateView = (b: Boilerplate, locale: Locale): BoilerplateView | null => {
  const title = clean(b.title)
  const text = clean(b.text)
  if (!title || !text) return null
  return {
    title,
    paragraphs: text
      .split(/\n\s*\n/)
      .map((p) => typeset(p.replace(/\s*\n\s*/g, ' ').trim(), locale)),
  }
}

export const releaseContacts = (release: PressRelease, office: PressOffice): ContactView[] => {
  const own = populated<PressContact>(release.contacts)
  const fallback = one<PressContact>(office.defaultContact)
  return (own.length ? own : fallback ? [fallback] : []).map(contactView)
}

/** Paragraphs separated by a blank line, each a list of its non-empty lines. */
export const linesByParagraph = (text: string | null | undefined): string[][] =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0)

const notNull = <T>(v: T | null): v is T => v !== null

/** The typed view model of one release in one locale: every word a template shows, typeset. */
const withdrawnView = (
  release: PressRelease,
  locale: Locale,
  timeZone: string,
): ReleaseView['withdrawn'] => {
  const notice = withdrawalNotice(release, locale, timeZone)
  return notice
    ? { notice: typeset(notice, locale), watermark: withdrawalWords[locale].watermark }
    : null
}

export const buildReleaseView = (release: PressRelease, ctx: ViewContext): ReleaseView => {
  const { locale, office } = ctx
  const labels = labelsFor(locale)
  const tz = officeTimezone(office.timezone)
  const body = release.body ? mapText(release.body as RichText, (t) => typeset(t, locale)) : null
  const officeV = officeView(office, ctx)
  const embargo = embargoOf(release)
  const headline = typeset(release.headline, locale)
  return {
    locale,
    lang: locale,
    labels,
    stylesheets: ctx.assets.stylesheets,
    title: release.headline,
    author: [officeV.name, officeV.city].filter(Boolean).join(', '),
    subject: clean(release.subheadline) ?? `${labels.kind}: ${release.headline}`,
    keywords: (release.topics ?? []).join(', '),
    slug: release.slug ?? String(release.id),
    draft: ctx.draft,
    office: officeV,
    embargo: embargo ? formatMoment(labels.embargoMoment, embargo.until, locale, tz) : null,
    dateline: `${placeOf(release.place, office, labels.places)}, ${formatDate(release.date, locale, tz)}`,
    headline,
    changes: changesView(release, locale, labels, tz),
    subheadline: clean(release.subheadline) && typeset(release.subheadline as string, locale),
    lead: clean(release.lead) && typeset(release.lead as string, locale),
    bodyHtml: bodyToHtml(body),
    bodyBlocks: textBlocks(body),
    quotes: populated<Quote>(release.quotes)
      .map((q) => quoteView(q, locale))
      .filter(notNull),
    easyRead: linesByParagraph(release.easyRead).map((lines) =>
      lines.map((l) => typeset(l, locale)),
    ),
    photos: populated<Media>(release.media).map((m) => photoView(m, ctx)),
    boilerplates: populated<Boilerplate>(release.boilerplates)
      .map((b) => boilerplateView(b, locale))
      .filter(notNull),
    contacts: releaseContacts(release, office),
    preparedFor: ctx.preparedFor ?? null,
    record: buildRecordView(release, office, locale, tz, ctx.lastModified ?? null),
    withdrawn: withdrawnView(release, locale, tz),
    version: [
      release.id,
      release.updatedAt,
      release._status,
      release.withdrawal?.state ?? 'none',
      office.updatedAt,
      locale,
      ctx.draft,
      ...(ctx.preparedFor ? [ctx.preparedFor] : []),
      ...(ctx.lastModified ? [ctx.lastModified] : []),
    ].join('|'),
  }
}
