import { locales } from '../lib/locales'
import { siteWords } from './words'

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A whole 404 document, in every language, for requests the app's pages cannot even be asked
 * about (an address whose %-encoding does not decode). Plain HTML: readable with no script.
 */
export const notFoundDocument = (): string => {
  const sections = locales.map((l, i) => {
    const w = siteWords[l]
    const title = i === 0 ? `<h1>${escapeHtml(w.notFoundTitle)}</h1>` : `<h2>${escapeHtml(w.notFoundTitle)}</h2>`
    return `<section lang="${l}">${title}<p>${escapeHtml(w.notFoundText)}</p><p><a href="/${l}">${escapeHtml(w.backHome)}</a></p></section>`
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${locales[0]}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(siteWords[locales[0]].notFoundTitle)}</title>`,
    '<style>body{font-family:Georgia,serif;color:#1b1d21;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6}a{color:#123a7a}h1,h2{font-family:Arial,sans-serif;color:#123a7a}</style>',
    `</head><body><main>${sections.join('')}</main></body></html>`,
  ].join('\n')
}
