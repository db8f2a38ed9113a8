import { formatDate } from '../generator/dates'
import type { CustomKey } from '../lib/translations'
import type { DateSource, ImportResult } from '.'

type Word = (key: CustomKey, vars?: Record<string, unknown>) => string

const dateWords: Record<DateSource, CustomKey> = {
  dateline: 'importedDateDateline',
  text: 'importedDateText',
  today: 'importedDateToday',
}

/**
 * What an import did, in sentences for the person who asked: the draft, a provisional headline to
 * check, where the date came from, and the paragraphs that became quotes. One wording for the admin
 * and the command line.
 */
export const importSummary = (
  result: ImportResult,
  word: Word,
  language: 'pl' | 'en',
  timeZone: string,
): string[] => {
  const date = formatDate(`${result.date}T12:00:00Z`, language, timeZone)
  // "12 marca 2026 r." ends a sentence with its own full stop.
  const sentences = [
    word('importedDraft', { headline: result.headline }),
    ...(result.provisionalHeadline ? [word('importedProvisional')] : []),
    word(dateWords[result.dateSource], { date }),
    ...(result.quotes.length
      ? [
          word('importedQuotes', {
            speakers: result.quotes
              .map((q) =>
                q.person === 'new' ? word('importedNewPerson', { name: q.speaker }) : q.speaker,
              )
              .join(', '),
          }),
        ]
      : []),
  ]
  return sentences.map((s) => s.replace(/\.\.$/u, '.'))
}
