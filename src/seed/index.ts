import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { Locale } from '../lib/locales'
import type { Localized, SampleRelease } from './types'

import { latestVersionOf, type ScheduleInput } from '../jobs/releaseVersions'
import { htmlToLexical } from '../lib/lexical'
import { defaultLocale } from '../lib/locales'
import { defaultTimezone } from '../lib/settings'
import { officeDay } from './dates'
import { accessibilityStatement, boilerplates, contacts, pressOffice } from './office'
import { people } from './people'
import { quotes } from './quotes'
import { releases } from './releases'

export type SeedOptions = {
  /** The moment the sample is written for: dates, the schedule and the embargo are relative to it. */
  now?: Date
}

export type SeedResult = { created: boolean; summary: string }

type Ids = Map<string, number | string>

/** The translations of a localized value, without the default locale. */
const translations = (value: Localized) =>
  (Object.entries(value) as [Locale, string][]).filter(([locale]) => locale !== defaultLocale)

const idOf = (ids: Ids, key: string): number | string => {
  const id = ids.get(key)
  if (id === undefined) throw new Error(`Seed content refers to an unknown key: ${key}`)
  return id
}

/**
 * Writes the sample press office (people, quotes, boilerplates, contacts, the press-office
 * settings and five releases) into an empty database, in one transaction. Does nothing when any
 * press release already exists, so it is safe to run on every start.
 */
export const seed = async (payload: Payload, options: SeedOptions = {}): Promise<SeedResult> => {
  const now = options.now ?? new Date()
  const existing = await payload.count({ collection: 'press-releases', overrideAccess: true })
  if (existing.totalDocs > 0) {
    return {
      created: false,
      summary: `Sample content skipped: the database already has ${existing.totalDocs} press release(s).`,
    }
  }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  try {
    const summary = await writeSample(req, now)
    await commitTransaction(req)
    return { created: true, summary }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const writeSample = async (req: PayloadRequest, now: Date): Promise<string> => {
  const { payload } = req
  const common = { req, overrideAccess: true, depth: 0 } as const
  const ids: Ids = new Map()

  for (const person of people) {
    const doc = await payload.create({
      collection: 'people',
      locale: defaultLocale,
      data: { name: person.name.pl, organisation: person.organisation, role: person.role.pl },
      ...common,
    })
    for (const [locale, role] of translations(person.role)) {
      const name = person.name[locale] ?? person.name.pl
      await payload.update({
        collection: 'people',
        id: doc.id,
        locale,
        data: { name, role },
        ...common,
      })
    }
    ids.set(person.key, doc.id)
  }

  for (const quote of quotes) {
    const doc = await payload.create({
      collection: 'quotes',
      locale: defaultLocale,
      data: {
        text: quote.text.pl,
        context: quote.context.pl,
        speaker: idOf(ids, quote.speaker) as number,
        saidOn: officeDay(defaultTimezone(), now, -quote.saidDaysAgo, 12).toISOString(),
        source: quote.source,
        status: 'pending',
      },
      ...common,
    })
    for (const [locale, text] of translations(quote.text)) {
      const context = quote.context[locale]
      await payload.update({
        collection: 'quotes',
        id: doc.id,
        locale,
        data: { text, context },
        ...common,
      })
    }
    // Approve last: changing the words of an approved quote sends it back for approval.
    if (quote.status === 'approved') {
      await payload.update({
        collection: 'quotes',
        id: doc.id,
        locale: defaultLocale,
        data: { status: 'approved' },
        ...common,
      })
    }
    ids.set(quote.key, doc.id)
  }

  for (const boilerplate of boilerplates) {
    const doc = await payload.create({
      collection: 'boilerplates',
      locale: defaultLocale,
      data: { title: boilerplate.title.pl, text: boilerplate.text.pl },
      ...common,
    })
    for (const [locale, title] of translations(boilerplate.title)) {
      const text = boilerplate.text[locale]
      await payload.update({
        collection: 'boilerplates',
        id: doc.id,
        locale,
        data: { title, text },
        ...common,
      })
    }
    ids.set(boilerplate.key, doc.id)
  }

  for (const contact of contacts) {
    const { key, role, ...fields } = contact
    const doc = await payload.create({
      collection: 'press-contacts',
      locale: defaultLocale,
      data: { ...fields, role: role.pl },
      ...common,
    })
    for (const [locale, text] of translations(role)) {
      await payload.update({
        collection: 'press-contacts',
        id: doc.id,
        locale,
        data: { role: text },
        ...common,
      })
    }
    ids.set(key, doc.id)
  }

  await payload.updateGlobal({
    slug: 'press-office',
    locale: defaultLocale,
    data: {
      city: pressOffice.city,
      cityName: pressOffice.cityName.pl,
      defaultContact: idOf(ids, pressOffice.defaultContact) as number,
      officeName: pressOffice.officeName.pl,
      letterhead: pressOffice.letterhead.pl,
      accessibility: statementIn(defaultLocale),
    },
    ...common,
  })
  for (const [locale, officeName] of translations(pressOffice.officeName)) {
    const letterhead = pressOffice.letterhead[locale]
    const accessibility = statementIn(locale)
    await payload.updateGlobal({
      slug: 'press-office',
      locale,
      data: { officeName, letterhead, accessibility, cityName: pressOffice.cityName[locale] },
      ...common,
    })
  }

  const states: string[] = []
  for (const release of releases) {
    await writeRelease(req, release, ids, now)
    const locales = Object.keys(release.text).join('/')
    states.push(`${release.state.kind} (${locales})`)
  }

  return (
    `Sample content created: ${people.length} people, ${quotes.length} quotes, ` +
    `${boilerplates.length} boilerplates, ${contacts.length} contacts, ${releases.length} releases: ` +
    `${states.join(', ')}.`
  )
}

/** The statement's settings in one language (the group is saved whole, so the shared fields too). */
const statementIn = (locale: Locale) => {
  const { bodyName, notAccessible, architecture, communication, ...shared } = accessibilityStatement
  return {
    ...shared,
    bodyName: bodyName[locale] ?? bodyName.pl,
    notAccessible: notAccessible[locale] ?? notAccessible.pl,
    architecture: architecture[locale] ?? architecture.pl,
    communication: communication[locale] ?? communication.pl,
  }
}

const releaseDate = (release: SampleRelease, now: Date): Date => {
  const { state } = release
  if (state.kind === 'published') return officeDay(defaultTimezone(), now, -state.daysAgo, 10)
  if (state.kind === 'draft') return officeDay(defaultTimezone(), now, state.inDays, 10)
  return officeDay(defaultTimezone(), now, state.inDays, state.hour)
}

const writeRelease = async (req: PayloadRequest, release: SampleRelease, ids: Ids, now: Date) => {
  const { payload } = req
  const common = { req, overrideAccess: true, depth: 0 } as const
  const { state } = release
  const publishNow = state.kind === 'published' || state.kind === 'embargoed'
  const status = { _status: publishNow ? 'published' : 'draft', draft: !publishNow } as const
  const embargoUntil =
    state.kind === 'embargoed' ? officeDay(defaultTimezone(), now, state.inDays, state.hour) : null

  const localized = async (locale: Locale) => {
    const text = release.text[locale]!
    return {
      headline: text.headline,
      subheadline: text.subheadline,
      lead: text.lead,
      easyRead: text.easyRead ?? null,
      body: await htmlToLexical(text.bodyHtml, payload.config),
    }
  }

  const doc = await payload.create({
    collection: 'press-releases',
    locale: defaultLocale,
    draft: status.draft,
    data: {
      ...(await localized(defaultLocale)),
      _status: status._status,
      place: 'Kraków',
      date: releaseDate(release, now).toISOString(),
      // The samples were published on their date, not when the seed wrote them.
      // Written the morning before, as the record (metryka) shows: not created after publication.
      ...(state.kind === 'published'
        ? {
            firstPublishedAt: releaseDate(release, now).toISOString(),
            createdAt: new Date(releaseDate(release, now).getTime() - 26 * 3600_000).toISOString(),
          }
        : {}),
      releaseType: embargoUntil ? 'embargoed' : 'immediate',
      embargoUntil: embargoUntil?.toISOString() ?? null,
      topics: release.topics,
      quotes: release.quotes.map((key) => idOf(ids, key) as number),
      boilerplates: release.boilerplates.map((key) => idOf(ids, key) as number),
      contacts: [idOf(ids, pressOffice.defaultContact) as number],
    },
    ...common,
  })

  for (const locale of Object.keys(release.text) as Locale[]) {
    if (locale === defaultLocale) continue
    await payload.update({
      collection: 'press-releases',
      id: doc.id,
      locale,
      draft: status.draft,
      // The slug comes from the Polish headline; keep it when the English one is saved.
      data: { ...(await localized(locale)), slug: doc.slug, _status: status._status },
      ...common,
    })
  }

  if (state.kind === 'scheduled') {
    // Queued after the last edit, with its version: the one the job publishes.
    const input: ScheduleInput = {
      type: 'publish',
      doc: { relationTo: 'press-releases', value: doc.id as number },
      version: await latestVersionOf(req, doc.id),
    }
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: input as never,
      waitUntil: officeDay(defaultTimezone(), now, state.inDays, state.hour),
      req,
    })
  }
}
