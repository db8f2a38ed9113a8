const words = {
  pl: {
    title: 'Serwis chwilowo niedostępny',
    text:
      'Baza danych serwisu prasowego na chwilę przestała odpowiadać. ' +
      'Spróbuj ponownie za kilka sekund.',
  },
  en: {
    title: 'Briefly unavailable',
    text: 'The press office’s database is not answering at the moment. Try again in a few seconds.',
  },
}

/**
 * The whole page a reader gets (HTTP 503) while the database is away: plain HTML in both
 * languages, no script, nothing that needs the database.
 */
export const databaseUnavailableDocument = (): string =>
  [
    '<!DOCTYPE html>',
    '<html lang="pl"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${words.pl.title}</title>`,
    '<style>body{font-family:Georgia,serif;color:#1b1d21;max-width:40rem;margin:2rem auto;' +
      'padding:0 1rem;line-height:1.6}h1,h2{font-family:Arial,sans-serif;color:#123a7a}</style>',
    '</head><body><main>',
    `<section lang="pl"><h1>${words.pl.title}</h1><p>${words.pl.text}</p></section>`,
    `<section lang="en"><h2>${words.en.title}</h2><p>${words.en.text}</p></section>`,
    '</main></body></html>',
  ].join('\n')

/** The headers of that answer; a reader's browser may try again after a few seconds. */
export const databaseUnavailableHeaders = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'Retry-After': '5',
}

/** The 503 answer with that page. */
export const databaseUnavailableResponse = (): Response =>
  new Response(databaseUnavailableDocument(), { status: 503, headers: databaseUnavailableHeaders })
