import fs from 'node:fs'
import path from 'node:path'

/**
 * Calls the admin's schedule drawer over HTTP as the browser does: a POST of Next's server action
 * (the root layout's `serverFunction`, src/app/(payload)/layout.tsx) with
 * `{ name: 'schedule-publish', args }`. The action's id is read from the build's manifest.
 */
const layoutActionId = (): string => {
  const manifest = JSON.parse(
    fs.readFileSync(path.resolve('.next/server/server-reference-manifest.json'), 'utf8'),
  ) as { node: Record<string, { filename?: string; exportedName?: string }> }
  const ids = Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.includes('(payload)/layout'))
    .map(([id]) => id)
  if (ids.length !== 1)
    throw new Error(`expected one server action in the layout, found ${ids.length}`)
  return ids[0]!
}

export type ScheduleArgs = {
  releaseId: number
  /** When it goes out; a Date travels as React encodes it (`$D` + ISO). */
  date: Date
  version?: number | string
  type?: 'publish' | 'unpublish'
  /** Cancel this queued job instead (the drawer's delete button). */
  deleteID?: number
}

/** What the server function answered: `{ message }` or `{ error }`, and the HTTP status. */
export const scheduleOverHttp = async (
  url: string,
  headers: Record<string, string>,
  { releaseId, date, version, type = 'publish', deleteID }: ScheduleArgs,
): Promise<{ status: number; answer: { message?: string; error?: string } | null }> => {
  const args =
    deleteID !== undefined
      ? { deleteID }
      : {
          type,
          date: `$D${date.toISOString()}`,
          doc: { relationTo: 'press-releases', value: releaseId },
          ...(version === undefined ? {} : { version }),
        }
  const res = await fetch(`${url}/admin/collections/press-releases/${releaseId}`, {
    method: 'POST',
    headers: {
      ...headers,
      Accept: 'text/x-component',
      'Content-Type': 'text/plain;charset=UTF-8',
      'Next-Action': layoutActionId(),
      Origin: url,
    },
    body: JSON.stringify([{ name: 'schedule-publish', args }]),
  })
  const text = await res.text()
  // The RSC answer is rows `<id>:<json>`; the function's result is the object with message/error.
  const answer =
    text
      .split('\n')
      .map((line) => line.replace(/^[0-9a-f]+:/, ''))
      .flatMap((row) => {
        try {
          const value = JSON.parse(row) as unknown
          return value && typeof value === 'object' ? [value as Record<string, unknown>] : []
        } catch {
          return []
        }
      })
      .find((value) => 'message' in value || 'error' in value) ?? null
  return { status: res.status, answer: answer as { message?: string; error?: string } | null }
}
