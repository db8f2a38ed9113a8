import type { Endpoint, PayloadRequest } from 'payload'

import { execFile } from 'node:child_process'
import path from 'node:path'
import { APIError, createLocalReq } from 'payload'
import { initI18n } from '@payloadcms/translations'

import { handled } from '../src/lib/errorResponse'
import { refused, UserError } from '../src/lib/errors'
import { answerDatabaseOutage, DatabaseUnavailableError } from '../src/lib/unavailable'
import type { User } from '../src/payload-types'
import { makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/** One error edge per medium: every custom endpoint through errorResponse, every CLI through runCli. */
let t: TestPayload
let editor: User
beforeAll(async () => {
  t = await bootPayload('error-edges')
  editor = await makeUser(t.payload, 'editor', { approver: true })
})
afterAll(async () => t?.destroy())

const requestFor = (user: User | undefined, id: string, data: unknown) =>
  createLocalReq(
    {
      req: {
        routeParams: { id },
        // What addDataAndFileToRequest leaves on a JSON request.
        data: data as PayloadRequest['data'],
      } as Partial<PayloadRequest>,
      user: user ? ({ ...user, collection: 'users' } as never) : undefined,
    },
    t.payload,
  )

const review = async (user: User | undefined, id: string, data: unknown) => {
  const endpoints = t.payload.collections.quotes.config.endpoints as Endpoint[]
  const endpoint = endpoints.find((e) => e.path === '/:id/review')!
  const res = await endpoint.handler(await requestFor(user, id, data))
  return { status: res.status, body: await res.json() }
}

describe('custom endpoints', () => {
  it("answer a review of an unknown quote with 404 and Payload's public words, and an anonymous one with 401", async () => {
    expect(await review(editor, '987654', { decision: 'approved' })).toEqual({
      status: 404,
      body: { errors: [{ message: 'Nie znaleziono' }] },
    })
    expect((await review(undefined, '1', { decision: 'approved' })).status).toBe(401)
  })

  it("word every refusal in the asker's language and carry its key: the anonymous 401, a bad request, Payload's non-public errors and the 500", async () => {
    const polish = {
      errors: [
        {
          message: 'Zaloguj się, aby zatwierdzać cytaty.',
          data: { key: 'refuseLogInReviewQuotes' },
        },
      ],
    }
    expect(await review(undefined, '1', { decision: 'approved' })).toEqual({
      status: 401,
      body: polish,
    })
    expect(await review(editor, '1', { decision: 'maybe' })).toEqual({
      status: 400,
      body: {
        errors: [
          {
            message: 'Decyzja (decision) musi mieć wartość „approved” albo „rejected”.',
            data: { key: 'refuseQuoteDecision' },
          },
        ],
      },
    })
    const req = await requestFor(editor, '1', {})
    const hidden = await handled(() => {
      throw new APIError('SELECT * FROM users failed', 403, null, false)
    })(req)
    expect(await hidden.json()).toEqual({
      errors: [{ message: 'Brak uprawnień.', data: { key: 'refuseNotAllowed' } }],
    })
    const internal = await handled(() => {
      throw new Error('boom')
    })(req)
    expect((await internal.json()).errors[0].data).toEqual({ key: 'refuseServerFailed' })
    const english = await requestFor(editor, '1', {})
    english.i18n = await initI18n({ config: t.payload.config.i18n, context: 'api', language: 'en' })
    english.t = english.i18n.t
    const anonymous = await handled(() => {
      throw refused('refuseLogInDeliveries', {}, 401)
    })(english)
    expect((await anonymous.json()).errors[0].message).toBe('Log in to see deliveries.')
  })

  it("refuse impossible paging in the asker's language, before the database sees it", async () => {
    const req = await requestFor(editor, '1', {})
    await expect(
      t.payload.find({ collection: 'press-releases', page: 0, req, overrideAccess: true }),
    ).rejects.toMatchObject({
      status: 400,
      message: 'Numer strony (page) musi być liczbą całkowitą od 1 do 2147483647.',
      data: { key: 'refusePagingPage' },
    })
  })

  it("answer a database outage 503 in the asker's language with its key: a custom endpoint, and Payload's REST error hook", async () => {
    const outage = () => {
      throw new DatabaseUnavailableError('reading the release')
    }
    const polish = {
      errors: [
        {
          message: 'Baza danych chwilowo nie odpowiada. Spróbuj ponownie za kilka sekund.',
          data: { key: 'refuseDatabaseUnavailable' },
        },
      ],
    }
    const req = await requestFor(editor, '1', {})
    const custom = await handled(outage)(req)
    expect([custom.status, await custom.json()]).toEqual([503, polish])
    const english = await requestFor(editor, '1', {})
    english.i18n = await initI18n({ config: t.payload.config.i18n, context: 'api', language: 'en' })
    english.t = english.i18n.t
    const inEnglish = {
      errors: [
        {
          message: 'The database is not answering at the moment. Try again in a few seconds.',
          data: { key: 'refuseDatabaseUnavailable' },
        },
      ],
    }
    expect(await (await handled(outage)(english)).json()).toEqual(inEnglish)
    const hook = (asker: PayloadRequest) =>
      answerDatabaseOutage({
        error: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
          code: 'ECONNREFUSED',
        }),
        req: asker,
        context: {},
        result: { errors: [{ message: 'Something went wrong.' }] },
      } as unknown as Parameters<typeof answerDatabaseOutage>[0])
    expect(await hook(req)).toEqual({ status: 503, response: polish })
    expect(await hook(english)).toEqual({ status: 503, response: inEnglish })
  })

  it('map a UserError to its status and message, and hide what any other error says', async () => {
    const req = await requestFor(editor, '1', {})
    const conflict = await handled(() => {
      throw new UserError('This release was changed meanwhile', 1, 409)
    })(req)
    expect([conflict.status, await conflict.json()]).toEqual([
      409,
      { errors: [{ message: 'This release was changed meanwhile' }] },
    ])
    const internal = await handled(() => {
      throw new Error('SQLITE_BUSY: database is locked at /srv/pressroom/data/pressroom.db')
    })(req)
    const body = JSON.stringify(await internal.json())
    expect(internal.status).toBe(500)
    expect(body).not.toMatch(/SQLITE|pressroom\.db/)
  })
})

describe('command-line scripts', () => {
  it('say a failure in one line on stderr with exit code 1, never a stack', async () => {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['scripts/run.mjs', 'jobs'],
        {
          env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: 'mysql://db.example/pressroom' },
          cwd: path.resolve('.'),
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
      ),
    )
    expect(result).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'jobs: failed: DATABASE_URL must start with file:, postgres:// or mongodb:// (got "mysql://db.example/pressroom")\n',
    })
  })
})
