import { databaseIsAway } from './lib/databaseHealth'
import { databaseUnavailableResponse } from './lib/unavailablePage'
import { notFoundDocument } from './newsroom/notFoundDocument'

/** Whether every segment of the raw path decodes (`/pl/%E0%A4%A` does not). */
const decodes = (rawPath: string): boolean => {
  try {
    for (const segment of rawPath.split('/')) decodeURIComponent(segment)
    return true
  } catch {
    return false
  }
}

/**
 * An address whose %-encoding does not decode is nobody's page: Next would answer it with a
 * bare 500 (it tries a /400 page the app does not have). Answer the newsroom's 404 instead.
 * A page while the database is away would be a 500 as well: answer a plain 503 page (the API
 * answers its own JSON 503).
 */
export async function proxy(request: Request) {
  const raw = request.url.replace(/^[a-z]+:\/\/[^/]+/i, '').split(/[?#]/)[0]
  if (decodes(raw)) {
    if (!raw.startsWith('/api/') && (await databaseIsAway())) return databaseUnavailableResponse()
    return undefined
  }
  return new Response(notFoundDocument(), {
    status: 404,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-cache' },
  })
}

export const config = { matcher: '/((?!_next/static/|_next/image).*)' }
