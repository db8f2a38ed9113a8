import type { Payload, PayloadRequest } from 'payload'

/**
 * The content generation: a number that moves whenever anything a document may show is saved or
 * deleted (releases, packs, quotes, people, media, boilerplates, contacts, the office settings),
 * except a save that touches only a draft (src/render/plugin.ts).
 * A cached answer remembered at generation G is still right while the generation is G.
 *
 * It lives in the database (one row of `pressroom_content_generation`, made by the
 * `content_generation` migrations), bumped inside the save's own transaction: once a save has
 * returned, every server on the same database reads the new number. On MongoDB it is one document
 * of the collection of the same name, moved by an atomic `$inc` (outside the save's transaction: a
 * rolled-back save only costs a re-render).
 */
export const generationTable = 'pressroom_content_generation'

type Row = { value?: number | string | bigint }
type SqlDb = {
  name: string
  sessions?: Record<string, { db?: unknown }>
  drizzle: unknown
  execute: (args: { drizzle?: unknown; db?: unknown; raw: string }) => Promise<unknown>
}

type MongoCounter = {
  findOne: (filter: object) => Promise<{ value?: number } | null>
  updateOne: (filter: object, update: object, options: object) => Promise<unknown>
}

const mongoCounter = (payload: Payload): MongoCounter | null => {
  const db = payload.db as unknown as {
    name: string
    connection?: { collection: (name: string) => MongoCounter }
  }
  return db.name === 'mongoose' && db.connection ? db.connection.collection(generationTable) : null
}

const sqlDb = (payload: Payload): SqlDb | null => {
  const db = payload.db as unknown as SqlDb
  return db.name === 'sqlite' || db.name === 'postgres' ? db : null
}

const rowsOf = (result: unknown): Row[] => {
  const rows = (result as { rows?: Row[] } | undefined)?.rows
  return Array.isArray(rows) ? rows : []
}

/** The drizzle handle of the request's open transaction, if it has one. */
const transactionOf = async (db: SqlDb, req?: Partial<PayloadRequest>): Promise<unknown> => {
  const id = req?.transactionID ? await req.transactionID : undefined
  return (id !== undefined && db.sessions?.[String(id)]?.db) || db.drizzle
}

/** The current generation: one indexed single-row read. */
export const currentGeneration = async (payload: Payload): Promise<number> => {
  const db = sqlDb(payload)
  if (!db) return Number((await mongoCounter(payload)?.findOne({ _id: 1 }))?.value ?? 0)
  const [row] = rowsOf(
    await db.execute({
      drizzle: db.drizzle,
      raw: `SELECT value FROM ${generationTable} WHERE id = 1`,
    }),
  )
  return Number(row?.value ?? 0)
}

/** Moves the generation on, in the transaction of `req` when it has one (so it commits with the save). */
export const bumpGeneration = async (
  payload: Payload,
  req?: Partial<PayloadRequest>,
): Promise<void> => {
  const db = sqlDb(payload)
  if (!db) {
    await mongoCounter(payload)?.updateOne({ _id: 1 }, { $inc: { value: 1 } }, { upsert: true })
    return
  }
  await db.execute({
    drizzle: await transactionOf(db, req),
    raw: `UPDATE ${generationTable} SET value = value + 1 WHERE id = 1`,
  })
}
