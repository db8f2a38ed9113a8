import type { AfterErrorHook } from 'payload'

type PayloadLikeError = {
  message?: unknown
  status?: unknown
  isPublic?: unknown
  data?: Record<string, unknown>
}

/**
 * Payload's REST error answer keeps an error's message and data only when the error is an
 * `instanceof` its own `APIError`/`ValidationError` (`payload/dist/utilities/formatErrors.js`) or
 * has a non-empty `name`. In the production build our hooks' errors come from another copy of
 * those classes, bundled with our code and minified to a class name of "": every refusal an
 * author or editor should read ("Tylko redaktor może opublikować…", a field that cannot be saved)
 * reached the admin as "An unknown error occurred.", with its key and field errors dropped.
 *
 * An afterError hook of the config: an error marked public, below 500, answers with its message
 * and data, as Payload answers its own.
 */
export const keepPublicErrors: AfterErrorHook = ({ error, result }) => {
  const { message, status, isPublic, data } = error as PayloadLikeError
  if (isPublic !== true || typeof status !== 'number' || status >= 500) return undefined
  if (typeof message !== 'string' || !message) return undefined
  const name = (error as { name?: unknown }).name
  const kept = {
    ...(typeof name === 'string' && name ? { name } : {}),
    ...(data && typeof data === 'object' ? { data } : {}),
    message,
  }
  return { status, response: { ...result, errors: [kept] } }
}
