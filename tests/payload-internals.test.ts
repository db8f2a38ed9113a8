import type { Payload } from 'payload'

import { APIError, createLocalReq, formatErrors, saveVersion } from 'payload'

import { createClient, type Transaction } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { keepPublicErrors } from '../src/payload-patches/publicErrors'
import { keepSqliteConnectionsUsable } from '../src/payload-patches/sqliteConnections'

import { makeRelease, makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * What each patch in src/payload-patches/ relies on in Payload, checked by behaviour rather than
 * by a version string: each test fails when an upgrade makes its patch unnecessary (Payload does
 * the right thing itself) or wrong (what the patch replaces is no longer there or no longer called).
 * The suites named in each patch check that the app behaves; these check Payload.
 */
let t: TestPayload
let payload: Payload

beforeAll(async () => {
  t = await bootPayload('payload-internals')
  payload = t.payload
}, 120_000)
afterAll(async () => t?.destroy())

describe('immutableVersions.ts', () => {
  it('is still needed: Payload rewrites the newest version row in place on an unpublish, through db.updateVersion', async () => {
    const release = await makeRelease(payload, { headline: 'Wersja do nadpisania' })
    const db = payload.db as unknown as { updateVersion: (...args: unknown[]) => Promise<unknown> }
    const patched = db.updateVersion
    const calls: unknown[] = []
    db.updateVersion = async (...args) => {
      calls.push(args)
      return patched(...args)
    }
    try {
      const req = await createLocalReq({}, payload)
      const before = await payload.countVersions({
        collection: 'press-releases',
        where: { parent: { equals: release.id } },
      })
      await saveVersion({
        id: release.id,
        collection: payload.collections['press-releases'].config,
        docWithLocales: { ...release, _status: 'draft' },
        draft: true,
        operation: 'update',
        payload,
        req,
        unpublish: true,
      })
      // Payload asked to rewrite in place (the patch's reason to exist) ...
      expect(calls).toHaveLength(1)
      // ... and, given nothing back by the patch, wrote a new version instead.
      const after = await payload.countVersions({
        collection: 'press-releases',
        where: { parent: { equals: release.id } },
      })
      expect(after.totalDocs).toBe(before.totalDocs + 1)
    } finally {
      db.updateVersion = patched
    }
  })
})

describe('oneTransaction.ts', () => {
  it('is still needed: the SQLite adapter begins no transaction of its own', async () => {
    expect(payload.db.name).toBe('sqlite')
    expect(await payload.db.beginTransaction()).toBeNull()
  })

  it('still works: drizzle’s beginTransaction keeps its transaction where the adapter commits it', async () => {
    const { beginTransaction } = await import('@payloadcms/drizzle')
    const id = (await beginTransaction.call(
      payload.db as unknown as ThisParameterType<typeof beginTransaction>,
      {},
    )) as string
    const sessions = (payload.db as unknown as { sessions: Record<string, unknown> }).sessions
    expect(sessions[id]).toBeDefined()
    await payload.db.rollbackTransaction(id)
    expect(sessions[id]).toBeUndefined()
  })
})

describe('sqliteConnections.ts', () => {
  type Client = ReturnType<typeof createClient>
  /** A client on a fresh file as the adapter makes it, with a transaction holding the write lock. */
  const clientBesideTransaction = async (patched: boolean) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sqlite-connections-'))
    const client = createClient({ url: `file:${path.join(dir, 'test.db')}` })
    await client.execute('PRAGMA busy_timeout = 50')
    await client.execute('PRAGMA journal_mode = WAL')
    await client.execute('create table t (x integer)')
    if (patched) keepSqliteConnectionsUsable({ db: { name: 'sqlite', client } } as never, 50)
    const holding = await client.transaction('write')
    await holding.execute('insert into t values (1)')
    return { client, holding, dir }
  }
  /** A write beside the transaction (it fails busy), then the next transaction's commit. */
  const nextCommit = async ({ client, holding }: { client: Client; holding: Transaction }) => {
    await expect(client.execute('insert into t values (2)')).rejects.toMatchObject({
      code: 'SQLITE_BUSY',
    })
    await holding.commit()
    const next = await client.transaction('write')
    await next.execute('insert into t values (3)')
    return next.commit().then(
      () => 'committed',
      (error: Error) => error.message,
    )
  }

  it('is still needed: the connection beside a transaction has no busy timeout, and one whose write met the lock cannot commit the next transaction', async () => {
    const beside = await clientBesideTransaction(false)
    expect((await beside.client.execute('PRAGMA busy_timeout')).rows[0].timeout).toBe(0)
    expect(await nextCommit(beside)).toBe(
      'SQLITE_BUSY: cannot commit transaction - SQL statements in progress',
    )
    beside.client.close()
    fs.rmSync(beside.dir, { recursive: true, force: true })
  })

  it('still works: every connection waits for the lock, and the next transaction commits', async () => {
    const beside = await clientBesideTransaction(true)
    expect((await beside.client.execute('PRAGMA busy_timeout')).rows[0].timeout).toBe(50)
    expect(await nextCommit(beside)).toBe('committed')
    expect(
      (await beside.client.execute('select x from t order by x')).rows.map((r) => r.x),
    ).toEqual([1, 3])
    beside.client.close()
    fs.rmSync(beside.dir, { recursive: true, force: true })
  })
})

describe('userLookup.ts', () => {
  it('is still needed: Payload’s token strategy turns a database error reading the user into "nobody signed in"', async () => {
    const user = await makeUser(payload, 'editor')
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'correct horse battery staple' },
    })
    const strategy = payload.authStrategies.find((s) => s.name === 'local-jwt')!
    const headers = new Headers({ Authorization: `JWT ${token}` })
    const req = await createLocalReq({}, payload)
    const args = {
      headers,
      isGraphQL: false,
      payload,
      req,
      strategyName: 'local-jwt',
      canSetHeaders: false,
    }
    expect((await strategy.authenticate(args as never)).user?.id).toBe(user.id)

    const findOne = payload.db.findOne
    payload.db.findOne = async () => {
      throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
        code: 'ECONNREFUSED',
      })
    }
    try {
      const { userLookupFailedKey } = await import('../src/lib/unavailable')
      const outage = await createLocalReq({}, payload)
      const result = await strategy.authenticate({ ...args, req: outage } as never)
      // Swallowed by Payload (the reason for the patch), and marked by the patch.
      expect(result.user).toBeNull()
      expect(outage.context[userLookupFailedKey]).toBe(true)
    } finally {
      payload.db.findOne = findOne
    }
  })
})

describe('jobClaim.ts', () => {
  it("is still needed: Payload's updateJobs reads the due jobs and marks them in a second step, so two runners both take one job", async () => {
    const job = await payload.jobs.queue({ task: 'sendMail', input: {}, queue: 'claim-check' })
    const due = {
      queue: { equals: 'claim-check' },
      processing: { equals: false },
      completedAt: { exists: false },
    }
    // What Payload's runner does to take jobs (payload/dist/queues/operations/runJobs), twice at once.
    const take = () =>
      payload.db.updateJobs({ where: due, data: { processing: true }, limit: 1, returning: true })
    const [first, second] = await Promise.all([take(), take()])
    expect([first?.map((j) => j.id), second?.map((j) => j.id)]).toEqual([[job.id], [job.id]])
  })
})

describe('schedulePublish.ts', () => {
  it('still finds saveVersion, which keeps a later edit as the newest draft with all its locales', async () => {
    const release = await makeRelease(payload, { headline: 'Najpierw po polsku' })
    await payload.update({
      collection: 'press-releases',
      id: release.id,
      locale: 'en',
      data: { headline: 'Then in English' },
      overrideAccess: true,
    })
    const req = await createLocalReq({}, payload)
    const { docs } = await payload.db.findVersions({
      collection: 'press-releases',
      where: { parent: { equals: release.id } },
      sort: '-updatedAt',
      locale: 'all',
      limit: 1,
      pagination: false,
      req,
    })
    await saveVersion({
      id: release.id,
      collection: payload.collections['press-releases'].config,
      docWithLocales: { ...docs[0].version, _status: 'draft' },
      draft: true,
      operation: 'update',
      payload,
      req,
    })
    const newest = await payload.findByID({
      collection: 'press-releases',
      id: release.id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })
    expect(newest._status).toBe('draft')
    expect(newest.headline).toMatchObject({ pl: 'Najpierw po polsku', en: 'Then in English' })
  })
})

describe('publicErrors.ts', () => {
  // What the production build throws from our hooks: a copy of APIError, minified to a nameless class.
  const bundledCopy = () =>
    Object.assign(new Error('Tylko redaktor może opublikować informację.'), {
      name: '',
      status: 403,
      isPublic: true,
      data: { key: 'refusePublishRelease' },
    })

  it('is still needed: Payload answers an error that is not its own class, and has no name, as unknown', () => {
    expect(formatErrors(bundledCopy() as unknown as APIError)).toEqual({
      errors: [{ message: 'An unknown error occurred.' }],
    })
  })

  it('still fits: the hook answers with the message, data and status, and leaves private errors alone', () => {
    const error = bundledCopy()
    const args = {
      error,
      result: formatErrors(error as unknown as APIError),
    } as unknown as Parameters<typeof keepPublicErrors>[0]
    expect(keepPublicErrors(args)).toEqual({
      status: 403,
      response: {
        errors: [{ message: error.message, data: { key: 'refusePublishRelease' } }],
      },
    })
    const secret = Object.assign(new Error('SQLITE_BUSY at /data'), { status: 500, isPublic: true })
    expect(keepPublicErrors({ ...args, error: secret })).toBeUndefined()
    const quiet = Object.assign(new Error('internal'), { status: 403, isPublic: false })
    expect(keepPublicErrors({ ...args, error: quiet })).toBeUndefined()
  })
})

describe('commitFailures.ts', () => {
  type Adapter = {
    sessions: Record<string, { db: unknown }>
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
    commitTransaction: (id: string) => Promise<void>
  }
  const db = () => payload.db as unknown as Adapter

  const begin = async () => {
    const { beginTransaction } = await import('@payloadcms/drizzle')
    return (await beginTransaction.call(
      payload.db as unknown as ThisParameterType<typeof beginTransaction>,
      {},
    )) as string
  }

  // A transaction that cannot commit: it ended under the adapter, as one on a connection that a
  // database restart cut does (a COMMIT failing in SQLite itself leaves the file locked in libsql).
  const beginDoomed = async () => {
    const id = await begin()
    await db().execute({ drizzle: db().sessions[id].db, raw: 'ROLLBACK' })
    return id
  }

  it('is still needed: drizzle’s commitTransaction resolves though the COMMIT failed', async () => {
    const { commitTransaction } = await import('@payloadcms/drizzle')
    const id = await beginDoomed()
    await expect(
      commitTransaction.call(
        payload.db as unknown as ThisParameterType<typeof commitTransaction>,
        id,
      ),
    ).resolves.toBeUndefined()
  })

  it('still fits: the adapter’s commitTransaction throws when the COMMIT failed, and not otherwise', async () => {
    const doomed = await beginDoomed()
    await expect(db().commitTransaction(doomed)).rejects.toThrow(/did not commit/)
    await expect(db().commitTransaction(await begin())).resolves.toBeUndefined()
  })
})

describe('sessionWrites.ts', () => {
  type Method = (args: {
    collection: string
    data?: { sessions?: unknown }
  }) => Promise<{ sessions?: unknown } | null>
  type Adapter = { findOne: Method; updateOne: Method }

  /**
   * Two sign-ins of one account at once through the given findOne/updateOne, forced to interleave
   * the way two instances do: each writes its session list only after both have read theirs.
   * Returns how many sessions the account has afterwards.
   */
  const twoSignInsAtOnce = async ({ findOne, updateOne }: Adapter) => {
    const user = await makeUser(payload, 'editor')
    const db = payload.db as unknown as Adapter
    const installed = { findOne: db.findOne, updateOne: db.updateOne }
    let reads = 0
    let bothRead = () => {}
    const bothHaveRead = new Promise<void>((resolve) => (bothRead = resolve))
    db.findOne = async (args) => {
      const found = await findOne.call(db, args)
      if (args.collection === 'users' && Array.isArray(found?.sessions) && ++reads === 2) bothRead()
      return found
    }
    db.updateOne = async (args) => {
      if (args.collection === 'users' && Array.isArray(args.data?.sessions)) await bothHaveRead
      return updateOne.call(db, args)
    }
    try {
      await Promise.all(
        [1, 2].map((n) =>
          payload.login({
            collection: 'users',
            data: { email: user.email, password: 'correct horse battery staple' },
            // Each from a client of its own: the sign-in throttle counts per client and address.
            req: { headers: new Headers({ 'x-pressroom-client': `198.51.100.${n}` }) },
          }),
        ),
      )
    } finally {
      Object.assign(db, installed)
    }
    const stored = await payload.findByID({
      collection: 'users',
      id: user.id,
      overrideAccess: true,
      showHiddenFields: true,
    })
    return stored.sessions?.length
  }

  it('is still needed: Payload’s sign-in writes back the whole list it read, so of two at once one session is lost', async () => {
    // The adapter's own methods, as they are without the patch.
    const { findOne, updateOne } = await import('@payloadcms/drizzle')
    expect(await twoSignInsAtOnce({ findOne, updateOne } as unknown as Adapter)).toBe(1)
  })

  it('still fits: the sign-in reads and writes the list through the wrapped methods, with its request, so both sessions stay', async () => {
    const db = payload.db as unknown as Adapter
    expect(await twoSignInsAtOnce({ findOne: db.findOne, updateOne: db.updateOne })).toBe(2)
  })
})
