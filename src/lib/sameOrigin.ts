import { trustProxyHops } from './clientAddress'
import { cookiePrefix } from './credentials'

const reads = new Set(['GET', 'HEAD', 'OPTIONS'])

const signedInByCookie = (headers: Headers) =>
  (headers.get('cookie') ?? '')
    .split(';')
    .some((c) => c.trim().startsWith(`${cookiePrefix}-token=`))

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

/**
 * Whether a request is a write signed in by the cookie and sent from another site: a browser on
 * a foreign page sends the cookie and names that page in Origin. With PRESSROOM_PUBLIC_URL set,
 * Payload's own check (`csrf`) accepts that origin only; without it Payload accepts any, so the
 * request's own origin (its Host; behind trusted proxies also the host the nearest one was
 * asked for, X-Forwarded-Host) is the one accepted here. A request without Origin is not a
 * browser's cross-site write.
 */
export const crossSiteCookieWrite = (
  method: string,
  headers: Headers,
  publicUrl: string | undefined = process.env.PRESSROOM_PUBLIC_URL,
): boolean => {
  if (publicUrl?.trim() || reads.has(method.toUpperCase())) return false
  const origin = headers.get('origin')
  if (!origin || !signedInByCookie(headers)) return false
  const own = [headers.get('host')]
  if (trustProxyHops() > 0)
    own.push(headers.get('x-forwarded-host')?.split(',').pop()?.trim() ?? null)
  const host = hostOf(origin)
  return !host || !own.includes(host)
}

export const crossSiteRefusal = () =>
  Response.json(
    {
      errors: [
        {
          message:
            'This signed-in change came from another site (its Origin is not this address): refused.',
        },
      ],
    },
    { status: 403 },
  )
