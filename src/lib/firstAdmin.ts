import type { Payload } from 'payload'

/**
 * With PRESSROOM_ADMIN_EMAIL and PRESSROOM_ADMIN_PASSWORD set and no user yet, creates that admin.
 * Returns one line telling the person at the terminal how to sign in.
 */
export const ensureFirstAdmin = async (
  payload: Payload,
  env: NodeJS.ProcessEnv,
  adminUrl: string,
): Promise<string> => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return `sign in at ${adminUrl}`
  const email = env.PRESSROOM_ADMIN_EMAIL
  const password = env.PRESSROOM_ADMIN_PASSWORD
  if (!email || !password) {
    return `no user yet: open ${adminUrl} and create the first user (it becomes the admin), or restart with PRESSROOM_ADMIN_EMAIL and PRESSROOM_ADMIN_PASSWORD set`
  }
  await payload.create({
    collection: 'users',
    data: { email, password, name: email.split('@')[0], role: 'admin', approver: true },
    overrideAccess: true,
  })
  return `created the admin ${email} from PRESSROOM_ADMIN_EMAIL; sign in at ${adminUrl}`
}
