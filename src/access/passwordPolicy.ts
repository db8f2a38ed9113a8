import type { CollectionBeforeOperationHook, CollectionBeforeValidateHook } from 'payload'

import { ValidationError } from 'payload'

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

/** Passwords of at least 12 characters that are not on the list of common ones. */
export const checkPassword = (password: string): string | null => {
  if (password.length < minPasswordLength) {
    return `The password must have at least ${minPasswordLength} characters.`
  }
  if (common.has(password.toLowerCase())) return 'This password is too common: choose another.'
  return null
}

const refuseWeak = (collection: string, password: unknown) => {
  if (typeof password !== 'string') return
  const problem = checkPassword(password)
  if (problem)
    throw new ValidationError({ collection, errors: [{ path: 'password', message: problem }] })
}

/** beforeValidate on users: create, update and the first user (the seed and the CLI create too). */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data }) => {
  refuseWeak(collection.slug, (data as { password?: unknown } | undefined)?.password)
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
}) => {
  if (operation === 'resetPassword') {
    refuseWeak(collection.slug, (args as { data?: { password?: unknown } }).data?.password)
  }
  return args
}
