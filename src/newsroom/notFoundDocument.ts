import type { EmergencyNotice } from '../crisis/emergency'
import type { Locale } from '../lib/locales'

import { locales } from '../lib/locales'
import { statementPath, statementUrl } from '../statement/statement'
import { siteWords, statementWords, withdrawalWords } from './words'
import { escapeHtml } from '../lib/escapeHtml'

// The newsroom's colours and type (newsroom.css), inline: this document loads nothing.
const style = [
  'html{font-family:"Noto Serif",Georgia,serif;font-size:17px;line-height:1.6;color:#1b1d21}',
  'body{margin:0}',
  'header{border-bottom:4px solid #123a7a}',
  'header,main,footer{max-width:40rem;margin:0 auto;padding:1rem}',
  'header a{font-family:"Noto Sans",Arial,sans-serif;font-weight:700;text-decoration:none}',
  'a{color:#123a7a}',
  'h1,h2{font-family:"Noto Sans",Arial,sans-serif;color:#123a7a;line-height:1.25}',
  ':focus-visible{outline:3px solid #e2a400;outline-offset:2px}',
  // The emergency notice, as newsroom.css draws it.
  '.emergency{font-family:"Noto Sans",Arial,sans-serif;color:#fff;padding:.9rem 1rem}',
  '.emergency>*{max-width:40rem;margin:0 auto}',
  '.emergency h2{color:#fff;margin:.15rem auto .3rem}.emergency a{color:#fff;font-weight:700}',
  '.emergency--emergency{background:#a0101a}.emergency--local{background:#123a7a}',
  '.emergency--mourning{background:#1f1f1f}',
].join('')

const noticeSection = (notice: EmergencyNotice, locale: Locale): string =>
  [
    `<section class="emergency emergency--${notice.kind}" aria-labelledby="emergency-heading">`,
    `<p>${escapeHtml(notice.kindName)}</p>`,
    `<h2 id="emergency-heading">${escapeHtml(notice.heading)}</h2>`,
    notice.text ? `<p>${escapeHtml(notice.text)}</p>` : '',
    notice.link
      ? `<p><a href="${escapeHtml(notice.link)}">${escapeHtml(siteWords(locale).emergency.more)}</a></p>`
      : '',
    '</section>',
  ].join('')

/**
 * The newsroom's one 404 page, a whole HTML document readable with no script: in the address's
 * language when it names one, else in every language. Hidden and unknown releases, packs,
 * languages and addresses all get exactly this text, so the answer tells nothing about why.
 */
export const notFoundDocument = (
  locale: Locale | null = null,
  notice: EmergencyNotice | null = null,
): string => {
  const shown = locale ? [locale] : [...locales]
  const lang = shown[0]
  const sections = shown.map((l, i) => {
    const w = siteWords(l)
    const title = escapeHtml(w.notFoundTitle)
    const heading = i === 0 ? `<h1>${title}</h1>` : `<h2>${title}</h2>`
    const back = `<p><a href="/${l}">${escapeHtml(w.backHome)}</a></p>`
    return `<section lang="${l}">${heading}<p>${escapeHtml(w.notFoundText)}</p>${back}</section>`
  })
  return plainPage(lang, siteWords(lang).notFoundTitle, sections.join(''), notice)
}

/** The newsroom's frame around a page that loads nothing: header, notice, main, footer. */
const plainPage = (
  lang: Locale,
  title: string,
  main: string,
  notice: EmergencyNotice | null,
): string =>
  [
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<meta name="deklaracja-dostępności" content="${escapeHtml(statementUrl(lang))}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    `</head><body><header><a href="/${lang}">${escapeHtml(siteWords(lang).newsroom)}</a></header>`,
    notice ? noticeSection(notice, lang) : '',
    `<main>${main}</main>`,
    `<footer><a href="${statementPath(lang)}">${escapeHtml(statementWords[lang].title)}</a></footer></body></html>`,
  ].join('\n')

/**
 * The 410 page of a release removed as published in error (issue 24): the office's explanation,
 * when it gave one, in the page's language, as plain text.
 */
export const goneDocument = (
  locale: Locale,
  note: string | null,
  notice: EmergencyNotice | null = null,
): string => {
  const w = withdrawalWords[locale]
  const main = [
    `<section lang="${locale}"><h1>${escapeHtml(w.goneTitle)}</h1>`,
    `<p>${escapeHtml(w.goneText)}</p>`,
    note ? `<p class="gone-note">${escapeHtml(note)}</p>` : '',
    `<p><a href="/${locale}">${escapeHtml(siteWords(locale).backHome)}</a></p></section>`,
  ].join('')
  return plainPage(locale, w.goneTitle, main, notice)
}

/** The 410 answer: never stored, so a release restored is found at once. */
export const goneResponse = (
  locale: Locale,
  note: string | null,
  notice: EmergencyNotice | null = null,
): Response =>
  new Response(goneDocument(locale, note, notice), {
    status: 410,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  })

/** The 404 answer itself: never stored, so a release that becomes public is found at once. */
export const notFoundResponse = (
  locale: Locale | null = null,
  notice: EmergencyNotice | null = null,
): Response =>
  new Response(notFoundDocument(locale, notice), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
