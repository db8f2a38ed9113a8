import { type CustomKey, say, wordsIn } from './translations'

export { wordsIn }

/** The key and values a refusal is worded from, in whichever language its reader has. */
export type Wording = { key: CustomKey; vars?: Record<string, unknown> }

/** An error the user caused (bad file, unknown slug, bad locale): one line, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    /** CLI exit code: 1 for a failure, 2 for bad usage. HTTP status at the HTTP edge. */
    readonly exitCode: 1 | 2 = 1,
    readonly httpStatus = 400,
    /** When set, the HTTP edge words the refusal in the asker's language (errorResponse). */
    readonly wording?: Wording,
  ) {
    super(message)
    this.name = 'UserError'
  }
}

/**
 * A refusal with its key: its message in English (the command line, logs), worded again in the
 * asker's language wherever a request asked (errorResponse), with the key in `errors[0].data`.
 */
export const refused = (
  key: CustomKey,
  vars?: Record<string, unknown>,
  httpStatus = 400,
  exitCode: 1 | 2 = 1,
): UserError => new UserError(wordsIn('en')(key, vars), exitCode, httpStatus, { key, vars })

/**
 * The JSON body of a worded refusal: its message in the asker's language (`t`, a request's
 * translate function; English without one), its key in `errors[0].data` for any other client.
 */
export const refusalBody = (t: unknown, key: CustomKey, vars?: Record<string, unknown>) => ({
  errors: [{ message: t ? say(t, key, vars) : wordsIn('en')(key, vars), data: { key } }],
})
