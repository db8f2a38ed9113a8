/**
 * Payload's sign-in cookie is `<cookiePrefix>-token`; the prefix is set here and in
 * payload.config.ts, so the server in front of Next, which runs without the config, knows it.
 */
export const cookiePrefix = 'payload'

/**
 * Whether a request carries credentials, valid or not: an Authorization header of any scheme (a
 * token or an API key) or the sign-in cookie. Read widely on purpose: a request this says yes to
 * is never served as anonymous from the store, and a failed look-up of its user during an outage
 * is a 503, not a refusal as if nobody had signed in.
 */
export const carriesCredentials = (headers: Headers): boolean =>
  Boolean(headers.get('authorization')?.trim()) ||
  (headers.get('cookie') ?? '')
    .split(';')
    .some((c) => c.trim().startsWith(`${cookiePrefix}-token=`))
