import type {
  CollectionBeforeOperationHook,
  CollectionBeforeValidateHook,
  PayloadRequest,
} from 'payload'

import { ValidationError } from 'payload'

import { type CustomKey, say } from '../lib/translations'

export const minPasswordLength = 12

// The most used passwords that reach 12 characters, and this office's obvious ones.
const common = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'qwertyuiop12',
  'qwertyuiopas',
  'password1234',
  'password12345',
  'passwordpassword',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
  'iloveyou1234',
  'administrator',
  'admin1234567',
  'welcome12345',
  'letmein12345',
  'zaq12wsxcde3',
  '1q2w3e4r5t6y',
  'qwerty123456',
  'haslohaslo12',
  'haslo1234567',
  'krakow123456',
  'krakow2025!!',
  'krakow2026!!',
  'pressroom123',
  'pressroom1234',
  'biuroprasowe',
  'biuroprasowe1',
])

/** Passwords of at least 12 characters that are not on the list of common ones: why not, or null. */
export const checkPassword = (password: string): CustomKey | null => {
  if (password.length < minPasswordLength) return 'refusePasswordShort'
  if (common.has(password.toLowerCase())) return 'refusePasswordCommon'
  return null
}

// Worded in the language of whoever sets the password (the admin's form shows it at the field).
const refuseWeak = (req: PayloadRequest, collection: string, password: unknown) => {
  if (typeof password !== 'string') return
  const problem = checkPassword(password)
  if (!problem) return
  const message = say(req.t, problem, { min: minPasswordLength })
  // The reason as the label too: the admin's toast names the field's label, not its message.
  throw new ValidationError(
    { collection, errors: [{ path: 'password', message, label: message }] },
    req.t,
  )
}

/** beforeValidate on users: create, update and the first user (the seed and the CLI create too). */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  refuseWeak(req, collection.slug, (data as { password?: unknown } | undefined)?.password)
  return data
}

/**
 * beforeOperation on users, for a reset: Payload's reset sets the hash itself and runs
 * beforeValidate on the stored user, without the new password (auth/operations/resetPassword.js).
 */
export const requireStrongResetPassword: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation === 'resetPassword') {
    refuseWeak(req, collection.slug, (args as { data?: { password?: unknown } }).data?.password)
  }
  return args
}
