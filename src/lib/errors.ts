/** An error the user caused (bad file, unknown slug, bad locale): one line, no stack trace. */
export class UserError extends Error {
  constructor(
    message: string,
    /** CLI exit code: 1 for a failure, 2 for bad usage. HTTP status at the HTTP edge. */
    readonly exitCode: 1 | 2 = 1,
    readonly httpStatus = 400,
  ) {
    super(message)
    this.name = 'UserError'
  }
}
