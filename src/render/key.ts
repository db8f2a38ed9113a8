import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { PressOffice, PressPack, PressRelease } from '../payload-types'

import { templatesDir } from '../generator/paths'

const hash = (text: string) =>
  crypto.createHash('sha256').update(text).digest('base64url').slice(0, 22)

// Who approved a quote is never printed, and only staff may read users: a reader's view of it
// differs, the document does not.
const notPrinted = new Set(['approvedBy'])

/**
 * A cited document by its content, not its `updatedAt`: Payload's SQL adapters leave `updatedAt`
 * as it was when a save changes only localized fields (a boilerplate's text, a person's role).
 * A relation the reader may not see is a bare id, and so a different stamp.
 */
const stamp = (doc: unknown): string => {
  if (!doc || typeof doc !== 'object') return `#${String(doc)}`
  return hash(JSON.stringify(doc, (name, value) => (notPrinted.has(name) ? undefined : value)))
}

/**
 * A release and what it cites, as the documents show them: each quote with its speaker, each
 * photo, boilerplate and contact. The release itself by id, `updatedAt` and status: a versioned
 * save always writes the status, so its `updatedAt` moves with every edit; its content would not
 * do, as its virtual fields depend on the reader and the clock.
 */
export const releaseStamps = (release: PressRelease): string[] => [
  `release=${release.id}@${release.updatedAt}/${release._status}/${release.withdrawal?.state ?? 'none'}`,
  ...(release.quotes ?? []).map((q) => `quote=${stamp(q)}`),
  ...(release.media ?? []).map((m) => `media=${stamp(m)}`),
  ...(release.boilerplates ?? []).map((b) => `boilerplate=${stamp(b)}`),
  ...(release.contacts ?? []).map((c) => `contact=${stamp(c)}`),
]

/**
 * The press-office settings (letterhead, logo, default contact, timezone). Not the emergency
 * notice or the freeze, which no document prints: switching them must not re-render every PDF.
 */
export const officeStamps = (office: PressOffice): string[] => {
  const { emergency: _notice, freeze: _freeze, updatedAt: _saved, ...printed } = office
  return [`office=${stamp(printed)}`]
}

/** A pack: itself (title, intro, cover, status) and the order of its releases (stamped apart). */
export const packStamps = (pack: PressPack): string[] => [
  `pack=${stamp({ ...pack, releases: (pack.releases ?? []).map((r) => (typeof r === 'object' ? r?.id : r)) })}`,
]

const fileStamps = (dir: string, out: string[]) => {
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) fileStamps(file, out)
    else if (entry.isFile()) {
      const stat = fs.statSync(file)
      out.push(`${file}:${stat.size}:${stat.mtimeMs}`)
    }
  }
}

/** The templates (layouts, CSS, labels, images): stat'ed on every call, so an edit is a miss at once. */
export const templatesStamp = (): string => {
  const out: string[] = []
  fileStamps(templatesDir(), out)
  return out.join('\n')
}

let code: string | undefined
/** The generator's code, where its sources are present: fixed for the life of a process. */
const codeStamp = (): string => {
  if (code === undefined) {
    const out: string[] = []
    fileStamps(path.resolve(/*turbopackIgnore: true*/ 'src/generator'), out)
    code = out.join('\n')
  }
  return code
}

/** What the renderer is made of: templates, code, and the settings that change a document. */
export const rendererStamp = (): string =>
  [
    templatesStamp(),
    codeStamp(),
    `tz=${process.env.PRESSROOM_TZ ?? ''}`,
    `url=${process.env.PRESSROOM_PUBLIC_URL ?? ''}`,
  ].join('\n')

export type KeyInputs = {
  kind: 'release' | 'pack'
  format: string
  locale: string
  draft: boolean
  /** Stamps of the documents the output is made from (releaseStamps, packStamps, officeStamps). */
  stamps: string[]
}

/** The render key: a hash of everything a document's bytes depend on. Any change is a miss. */
export const renderKey = (inputs: KeyInputs, renderer: string = rendererStamp()): string => {
  const hash = crypto.createHash('sha256')
  hash.update(
    `pressroom-render-1\n${inputs.kind}\n${inputs.format}\n${inputs.locale}\n${inputs.draft}\n`,
  )
  hash.update(inputs.stamps.join('\n') + '\n')
  hash.update(renderer)
  return hash.digest('hex').slice(0, 40)
}
