import type { WithdrawnAnswer } from './address'

import { withdrawalWords } from '../newsroom/words'

/** "Ta informacja prasowa została opublikowana omyłkowo i usunięta." and the office's note. */
export const goneMessage = (answer: Extract<WithdrawnAnswer, { kind: 'gone' }>): string =>
  [withdrawalWords[answer.locale].goneText, answer.note].filter(Boolean).join(' ')

/**
 * A document of a release out of the lists: 410 with the office's explanation (JSON, as the
 * API's other errors), or 301 to the same document of the release that replaced it.
 */
export const withdrawnExportResponse = (answer: WithdrawnAnswer, format: string): Response => {
  if (answer.kind === 'moved') {
    const to = `/api/press-releases/${encodeURIComponent(answer.slug)}/${format}?locale=${answer.locale}`
    return new Response(null, {
      status: 301,
      headers: { Location: to, 'Cache-Control': 'no-cache' },
    })
  }
  return Response.json(
    { errors: [{ message: goneMessage(answer) }] },
    { status: 410, headers: { 'Cache-Control': 'no-cache' } },
  )
}
