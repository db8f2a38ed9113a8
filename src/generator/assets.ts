import fs from 'node:fs'
import path from 'node:path'

import type { Media } from '../payload-types'

import { fileUrl, templatePath } from './paths'
import { perTemplates, templatesGeneration } from './templateCache'

/** How a document refers to its stylesheets and images, depending on where it will be read. */
export type Assets = {
  stylesheets: string[]
  imageSrc: (media: Media) => string | null
}

const isImage = (m: Media) => Boolean(m.mimeType?.startsWith('image/') && m.filename)

/** The file Chromium prints for an image: the print-size rendition when there is one. */
export const mediaFile = (m: Media, mediaDir: string): string | null => {
  if (!isImage(m)) return null
  const name = m.sizes?.print?.filename || m.filename
  const file = name ? path.join(mediaDir, path.basename(name)) : null
  return file && fs.existsSync(file) ? file : null
}

/**
 * The print stylesheets by file: URL; the query names the templates' edition, so Chromium, which
 * keeps files it loaded in memory, loads an edited stylesheet afresh.
 */
export const printStylesheets = (): string[] =>
  ['styles/fonts.css', 'styles/print.css'].map(
    (file) => `${fileUrl(templatePath(file))}?v=${templatesGeneration()}`,
  )

/** For Chromium: our own files from disk, nothing else (the browser pool refuses the rest). */
export const printAssets = (mediaDir: string): Assets => ({
  stylesheets: printStylesheets(),
  imageSrc: (m) => {
    const file = mediaFile(m, mediaDir)
    return file ? fileUrl(file) : null
  },
})

const inlineStylesheet = perTemplates(
  () =>
    `data:text/css;base64,${fs.readFileSync(templatePath('styles/print.css')).toString('base64')}`,
)

/** For journalists' HTML: one self-contained file; images from the site, or beside it in a ZIP. */
export const webAssets = (imageBase?: string): Assets => ({
  stylesheets: [inlineStylesheet()],
  imageSrc: (m) => {
    if (!isImage(m)) return null
    if (imageBase !== undefined) return `${imageBase}${path.basename(m.filename ?? '')}`
    return m.url ?? null
  },
})
