import { isIP } from 'node:net'

/**
 * The header the front server (src/render/frontServer.ts) sets on every request it passes on,
 * overwriting whatever a client sent under that name. Nothing else writes it.
 */
export const clientHeader = 'x-pressroom-client'

/**
 * PRESSROOM_TRUST_PROXY: how many reverse proxies in front of the server append to
 * X-Forwarded-For (default 0: the app faces the network, the header is ignored).
 */
export const trustProxyHops = (env: Record<string, string | undefined> = process.env): number => {
  const value = env.PRESSROOM_TRUST_PROXY?.trim() || '0'
  if (!/^\d{1,2}$/.test(value)) {
    throw new Error(
      `PRESSROOM_TRUST_PROXY must be the number of reverse proxies in front of the server (0, 1, 2…), not "${value}".`,
    )
  }
  return Number(value)
}

const plain = (address: string) => {
  const trimmed = address.trim()
  // The IPv4 address of a dual-stack socket ("::ffff:10.0.0.1") is that IPv4 address.
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

/**
 * The client's address: the socket's peer, or, behind `hops` trusted proxies, the address the
 * outermost of them saw. Each proxy appends its peer to X-Forwarded-For, so the last `hops`
 * entries are trustworthy and anything before them is whatever the client wrote. A header
 * shorter than the chain of proxies (a proxy that did not append) gives its first entry.
 */
export const clientAddress = (
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  hops: number,
): string => {
  const socket = plain(socketAddress ?? '') || 'unknown'
  if (hops <= 0) return socket
  const entries = [forwardedFor ?? []].flat().join(',').split(',').map(plain).filter(Boolean)
  const chain = [...entries, socket]
  return chain[Math.max(0, chain.length - 1 - hops)]
}

/**
 * The client of a request, as the front server found it: every throttle, limit and log line asks
 * this. A request that did not come through the front server (the Local API, a bare `next dev`)
 * has no client address and counts as one client, "unknown".
 */
export const clientOf = (headers: Headers): string => headers.get(clientHeader) || 'unknown'
