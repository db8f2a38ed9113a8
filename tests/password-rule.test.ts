import { ensureFirstAdmin } from '../src/lib/firstAdmin'
import { makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'

/**
 * The password rule on the paths that set a password in-process: the first admin from
 * PRESSROOM_ADMIN_PASSWORD (what `npm start` runs), a user changing their own, and the Local
 * API's reset. The reset over HTTP, from the mail's token, is in tests/accounts-http.test.ts.
 */
let t: TestPayload
beforeAll(async () => {
  t = await bootPayload('password-rule')
})
afterAll(async () => t?.destroy())

const refusal = (error: unknown) => {
  const { status, data } = error as { status?: number; data?: { errors?: { path: string }[] } }
  return { status, path: data?.errors?.[0]?.path }
}

it('refuses a weak PRESSROOM_ADMIN_PASSWORD and creates no admin', async () => {
  const env = {
    PRESSROOM_ADMIN_EMAIL: 'szef@krakow.test',
    PRESSROOM_ADMIN_PASSWORD: 'abc',
  } as unknown as NodeJS.ProcessEnv
  const error = await ensureFirstAdmin(t.payload, env, 'http://localhost/admin').catch((e) => e)
  expect(refusal(error)).toEqual({ status: 400, path: 'password' })
  expect((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
})

it("refuses a weak password on a user's own update, and on a reset with a valid token", async () => {
  const user = await makeUser(t.payload, 'author')
  const update = await t.payload
    .update({
      collection: 'users',
      id: user.id,
      data: { password: 'haslo1234567' },
      user,
      overrideAccess: false,
    })
    .catch((e) => e)
  expect(refusal(update)).toEqual({ status: 400, path: 'password' })

  const token = await t.payload.forgotPassword({
    collection: 'users',
    data: { email: user.email },
    disableEmail: true,
  })
  const reset = await t.payload
    .resetPassword({
      collection: 'users',
      data: { token, password: 'abc' },
      overrideAccess: false,
    })
    .catch((e) => e)
  expect(refusal(reset)).toEqual({ status: 400, path: 'password' })
  const login = await t.payload.login({
    collection: 'users',
    data: { email: user.email, password: 'correct horse battery staple' },
  })
  expect(login.user?.id).toBe(user.id)
})
