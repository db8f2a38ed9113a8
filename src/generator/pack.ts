import type { Payload } from 'payload'

import archiver from 'archiver'
import fs from 'node:fs'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib'

import type { Media, PressOffice, PressPack } from '../payload-types'
import type { BrowserPool } from './browser'
import type { PackView, ReleaseView } from './view'

import { refused } from '../lib/errors'
import { officeTimezone } from '../lib/settings'
import { copyForPrint } from '../storage/printCopies'
import { type Assets, mediaFile, printAssets, webAssets } from './assets'
import { formatDate } from './dates'
import { renderPackHtml } from './handlebars'
import { labelsFor } from './labels'
import { loadOffice, loadRelease, mediaDir, refWhere } from './loadRelease'
import { contentTypes, fileName, type OutputFile } from './outputs'
import { printHtml } from './pdf'
import { finishPdf } from './pdfFinish'
import {
  type LoadedRelease,
  type ReleaseExportOptions,
  releaseFormats,
  renderLoadedRelease,
  viewFor,
} from './release'
import { typeset } from './typography'

export type LoadedPack = { pack: PressPack; office: PressOffice; releases: LoadedRelease[] } & Pick<
  LoadedRelease,
  'locale' | 'draft' | 'mediaDir'
>

/** A pack and each of its releases (in the pack's order), with the reader's access rules. */
export const loadPack = async (
  payload: Payload,
  ref: string | number,
  options: ReleaseExportOptions,
): Promise<LoadedPack> => {
  const { locale, draft = false, req, overrideAccess = false } = options
  const { docs } = await payload.find({
    collection: 'press-packs',
    where: draft ? refWhere(ref) : { and: [refWhere(ref), { _status: { equals: 'published' } }] },
    draft,
    depth: 1,
    limit: 1,
    locale,
    overrideAccess,
    req,
    user: req?.user ?? undefined,
  })
  const pack = docs[0]
  if (!pack) throw refused('refuseNoPackRef', { ref }, 404)
  const ids = (pack.releases ?? []).map((r) => (typeof r === 'object' ? r.id : r))
  const office = await loadOffice(payload, locale)
  const dir = mediaDir(payload)
  const releases = await Promise.all(
    ids.map(async (id) => ({
      release: await loadRelease(payload, id, options),
      office,
      locale,
      draft,
      mediaDir: dir,
    })),
  )
  await copyForPrint(payload, dir, [
    pack.coverImage,
    office.logo,
    ...releases.flatMap((r) => r.release.media ?? []),
  ])
  return { pack, office, releases, locale, draft, mediaDir: dir }
}

const dedupe = <T>(items: T[], key: (item: T) => string): T[] => {
  const seen = new Set<string>()
  return items.filter((item) => {
    const k = key(item)
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** The pack's view: cover, contents, the releases, then quotes, contacts and boilerplates once. */
export const buildPackView = (
  loaded: LoadedPack,
  assets: Assets,
  pages: { entries: string[]; quotes: string; back: string } | null,
): PackView & { quotesPage: string; backPage: string } => {
  const { pack, office, locale } = loaded
  const labels = labelsFor(locale)
  const releases: ReleaseView[] = loaded.releases.map((r) => viewFor(r, assets))
  const cover =
    typeof pack.coverImage === 'object' && pack.coverImage ? (pack.coverImage as Media) : null
  const officeName = releases[0]?.office ?? null
  return {
    locale,
    lang: locale,
    labels,
    stylesheets: assets.stylesheets,
    title: pack.title,
    author: releases[0]?.author ?? office.officeName,
    subject: `${labels.packKind}: ${pack.title}`,
    slug: pack.slug ?? String(pack.id),
    draft: loaded.draft || pack._status !== 'published' || releases.some((r) => r.draft),
    office: officeName ?? { city: office.city, name: office.officeName, lines: [], logoSrc: null },
    date: formatDate(pack.date, locale, officeTimezone(office.timezone)),
    intro: (pack.intro ?? '')
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => typeset(p, locale)),
    cover: cover
      ? {
          src: assets.imageSrc(cover),
          alt: cover.alt ?? '',
          caption: cover.caption ?? null,
          credit: cover.credit ?? null,
        }
      : null,
    entries: releases.map((release, i) => ({ release, page: pages?.entries[i] ?? '00' })),
    quotes: dedupe(
      releases.flatMap((r) => r.quotes),
      (q) => `${q.text}|${q.speaker}`,
    ),
    contacts: dedupe(
      releases.flatMap((r) => r.contacts),
      (c) => c.email,
    ),
    boilerplates: dedupe(
      releases.flatMap((r) => r.boilerplates),
      (b) => b.title,
    ),
    version: [pack.id, pack.updatedAt, ...releases.map((r) => r.version)].join('|'),
    quotesPage: pages?.quotes ?? '00',
    backPage: pages?.back ?? '00',
  }
}

/**
 * The page each top-level section starts on, from the PDF outline Chromium writes for the h1s:
 * cover, contents, each release, the quotes sheet (if any), the back matter.
 */
const sectionPages = async (bytes: Uint8Array): Promise<number[]> => {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const pageOf = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i + 1]))
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const starts: number[] = []
  let item = outlines?.lookupMaybe(PDFName.of('First'), PDFDict)
  while (item) {
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
    const target = dest?.get(0)
    starts.push(target instanceof PDFRef ? (pageOf.get(target.toString()) ?? 0) : 0)
    item = item.lookupMaybe(PDFName.of('Next'), PDFDict)
  }
  return starts
}

/** The whole pack as one PDF, its contents page numbered from a first printing. */
export const packPdf = async (loaded: LoadedPack, pool: BrowserPool): Promise<Uint8Array> => {
  pool.allow(loaded.mediaDir)
  const assets = printAssets(loaded.mediaDir)
  const draftView = buildPackView(loaded, assets, null)
  const first = await printHtml(pool, renderPackHtml(draftView))
  const starts = await sectionPages(first)
  const n = loaded.releases.length
  const hasQuotes = draftView.quotes.length > 0
  if (starts.length < 2 + n + (hasQuotes ? 1 : 0) + 1) {
    throw new Error(`Pack outline has ${starts.length} sections, expected ${n + 3}`)
  }
  const pages = {
    entries: starts.slice(2, 2 + n).map(String),
    quotes: hasQuotes ? String(starts[2 + n]) : '',
    back: String(starts[starts.length - 1]),
  }
  const view = buildPackView(loaded, assets, pages)
  const bytes = await printHtml(pool, renderPackHtml(view))
  return finishPdf(bytes, {
    title: view.title,
    author: view.author,
    subject: view.subject,
    keywords: '',
    lang: view.lang,
  })
}

const imagesOf = (loaded: LoadedPack): Media[] => {
  const cover = typeof loaded.pack.coverImage === 'object' ? loaded.pack.coverImage : null
  const media = loaded.releases.flatMap((r) =>
    (r.release.media ?? []).filter((m): m is Media => typeof m === 'object' && m !== null),
  )
  return dedupe([...(cover ? [cover] : []), ...media], (m) => String(m.id))
}

const zipBuffer = (add: (zip: archiver.Archiver) => void): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const zip = archiver('zip', { zlib: { level: 6 } })
    const sink = new PassThrough()
    const chunks: Buffer[] = []
    sink.on('data', (c: Buffer) => chunks.push(c))
    sink.on('end', () => resolve(Buffer.concat(chunks)))
    zip.on('error', reject)
    zip.pipe(sink)
    add(zip)
    zip.finalize().catch(reject)
  })

/** The pack PDF, each release as PDF, HTML and TXT, and the pack's original images. */
export const packZip = async (loaded: LoadedPack, pool: BrowserPool): Promise<Uint8Array> => {
  const zipAssets = webAssets('../images/')
  const [pdf, ...releaseFiles] = await Promise.all([
    packPdf(loaded, pool),
    ...loaded.releases.flatMap((r) =>
      releaseFormats.map((f) => renderLoadedRelease(r, f, pool, zipAssets)),
    ),
  ])
  const slug = loaded.pack.slug ?? String(loaded.pack.id)
  return zipBuffer((zip) => {
    zip.append(Buffer.from(pdf), { name: fileName(slug, loaded.locale, 'pdf') })
    for (const file of releaseFiles) {
      zip.append(typeof file.data === 'string' ? file.data : Buffer.from(file.data), {
        name: `releases/${file.name}`,
      })
    }
    for (const media of imagesOf(loaded)) {
      const original = media.filename
        ? path.join(loaded.mediaDir, path.basename(media.filename))
        : null
      if (original && fs.existsSync(original))
        zip.file(original, { name: `images/${path.basename(original)}` })
      else if (mediaFile(media, loaded.mediaDir))
        zip.file(mediaFile(media, loaded.mediaDir) as string, {
          name: `images/${path.basename(media.filename ?? '')}`,
        })
    }
  })
}

export type PackFormat = 'pdf' | 'zip'

export const exportPack = async (
  payload: Payload,
  ref: string | number,
  formats: PackFormat[],
  options: ReleaseExportOptions & { pool: BrowserPool },
): Promise<OutputFile[]> => {
  const loaded = await loadPack(payload, ref, options)
  const slug = loaded.pack.slug ?? String(loaded.pack.id)
  return Promise.all(
    formats.map(async (format) => ({
      name: fileName(slug, loaded.locale, format),
      contentType: contentTypes[format],
      data:
        format === 'pdf'
          ? await packPdf(loaded, options.pool)
          : await packZip(loaded, options.pool),
    })),
  )
}
