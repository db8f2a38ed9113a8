import type { Locale } from '../lib/locales'

/** What readers see of a withdrawal: the page, the documents, the 410 page and the feeds. */
export type WithdrawalWords = {
  /** "Wycofano {date}: {reason}" — the notice over a withdrawn release. */
  notice: string
  /** The notice when the office gave no reason in this language. */
  noticeNoReason: string
  /** The PDF's diagonal watermark. */
  watermark: string
  goneTitle: string
  goneText: string
  /** The feeds' entry for a withdrawal ("Wycofano: {headline}"). */
  feedTitle: string
}

export const withdrawalWords: Record<Locale, WithdrawalWords> = {
  pl: {
    notice: 'Wycofano {date}: {reason}',
    noticeNoReason: 'Wycofano {date}.',
    watermark: 'WYCOFANO',
    goneTitle: 'Informacja usunięta',
    goneText: 'Ta informacja prasowa została opublikowana omyłkowo i usunięta.',
    feedTitle: 'Wycofano: {headline}',
  },
  en: {
    notice: 'Withdrawn on {date}: {reason}',
    noticeNoReason: 'Withdrawn on {date}.',
    watermark: 'WITHDRAWN',
    goneTitle: 'Release removed',
    goneText: 'This press release was published in error and has been removed.',
    feedTitle: 'Withdrawn: {headline}',
  },
  uk: {
    notice: 'Відкликано {date}: {reason}',
    noticeNoReason: 'Відкликано {date}.',
    watermark: 'ВІДКЛИКАНО',
    goneTitle: 'Інформацію видалено',
    goneText: 'Цей прес-реліз було опубліковано помилково, і його видалено.',
    feedTitle: 'Відкликано: {headline}',
  },
}
