import os from 'node:os'

import { configuredPublicUrl, publicBaseUrl } from './settings'

/** The names this machine answers to: localhost, its host name and every address it has. */
const ownNames = (): Set<string> => {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', os.hostname().toLowerCase()])
  for (const list of Object.values(os.networkInterfaces())) {
    for (const { address, family } of list ?? []) {
      names.add(family === 'IPv6' ? `[${address.toLowerCase()}]` : address)
    }
  }
  return names
}

/**
 * The origin the request was made to, when its Host names this machine; null otherwise. The Host
 * header is the client's word: a link made from any other name could send a reset token to a
 * stranger's server (Payload refuses the Host for the same reason, in getRequestOrigin).
 */
export const ownRequestOrigin = (url: string | undefined, host: string | null): string | null => {
  if (!url || !host) return null
  try {
    const origin = new URL(`${new URL(url).protocol}//${host}`)
    return ownNames().has(origin.hostname.toLowerCase()) ? origin.origin : null
  } catch {
    return null
  }
}

/**
 * The absolute base of a link in a mail answering a request (a password reset): the public
 * address when PRESSROOM_PUBLIC_URL is set, else the address the request came to when it is this
 * machine's, else http://localhost:$PORT.
 */
export const linkBaseFor = (req: { url?: string; headers: Headers }): string =>
  configuredPublicUrl() ?? ownRequestOrigin(req.url, req.headers.get('host')) ?? publicBaseUrl()

/** The start-up line saying where links in mails lead while PRESSROOM_PUBLIC_URL is not set. */
export const linkBaseNotice = (): string | null =>
  configuredPublicUrl()
    ? null
    : 'PRESSROOM_PUBLIC_URL is not set: password-reset links use the address each request came to ' +
      `when it names this machine (${[...ownNames()].join(', ')}), else ${publicBaseUrl()}; ` +
      'sign-up and delivery mails link to ' +
      `${publicBaseUrl()}. Set PRESSROOM_PUBLIC_URL to the address people use.`
