import type { Payload } from 'payload'

import pg from 'pg'

type Captured = { text: string; values: unknown[] }

/**
 * The SQL that Payload sends for each anonymous read (captured from the `pg` client while the read
 * runs through the Local API with access control on), each with PostgreSQL's EXPLAIN ANALYZE.
 */
export const explainReads = async (
  boot: () => Promise<Payload>,
  seeded: { releaseIds: number[]; quoteIds: number[]; mediaFile: string },
) => {
  const payload = await boot()
  let capturing: Captured[] | null = null
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first, second] = args
    const text = typeof first === 'string' ? first : (first as { text?: string })?.text
    // drizzle passes ({ text }, params); pg also takes ({ text, values }) or (text, params).
    const values = ((typeof first === 'object' && (first as { values?: unknown[] })?.values) ||
      second) as unknown[] | undefined
    if (capturing && text && /^\s*select/i.test(text))
      capturing.push({ text, values: values ?? [] })
    return original.apply(this, args)
  } as typeof pg.Client.prototype.query
  const anon = { overrideAccess: false } as const
  const reads: [string, () => Promise<unknown>][] = [
    [
      'quote by id',
      () => payload.findByID({ collection: 'quotes', id: seeded.quoteIds[1], ...anon }),
    ],
    [
      'a media file (the access check of /api/media/file/…)',
      () =>
        payload.find({
          collection: 'media',
          where: { filename: { equals: seeded.mediaFile } },
          limit: 1,
          depth: 0,
          ...anon,
        }),
    ],
    ['10 quotes', () => payload.find({ collection: 'quotes', limit: 10, ...anon })],
    [
      'release at depth 1',
      () =>
        payload.findByID({
          collection: 'press-releases',
          id: seeded.releaseIds[1],
          depth: 1,
          ...anon,
        }),
    ],
    [
      '10 releases at depth 1 (the default list, newest first)',
      () => payload.find({ collection: 'press-releases', limit: 10, depth: 1, ...anon }),
    ],
  ]
  const out: string[] = []
  try {
    for (const [name, read] of reads) {
      capturing = []
      await read()
      const queries = capturing
      capturing = null
      out.push(`#### ${name}: ${queries.length} queries\n`)
      for (const q of queries) {
        let lines: string[]
        try {
          const plan = await payload.db.pool.query(
            `EXPLAIN (ANALYZE, COSTS OFF) ${q.text}`,
            q.values,
          )
          // A filter listing thousands of ids is cut: the plan's shape is what matters.
          lines = plan.rows.map((r: Record<string, string>) => {
            const line = r['QUERY PLAN']
            return line.length > 240 ? `${line.slice(0, 240)} … (${line.length} characters)` : line
          })
        } catch (error) {
          lines = [`(no plan: ${(error as Error).message}; ${q.values.length} parameters captured)`]
        }
        out.push(
          '```sql',
          q.text.length > 600 ? `${q.text.slice(0, 600)} …` : q.text,
          '```',
          '```',
          ...lines.slice(0, 30),
          ...(lines.length > 30 ? ['…'] : []),
          '```\n',
        )
      }
    }
  } finally {
    pg.Client.prototype.query = original as typeof pg.Client.prototype.query
    await payload.destroy()
  }
  console.log(out.join('\n'))
}
