/**
 * How long a CDN or reverse proxy may keep a newsroom page or feed without asking again
 * (`PRESSROOM_SHARED_CACHE_S`, seconds, default 0). With 0 every cache revalidates each time by
 * ETag, so an unpublished release is gone everywhere at once; with N a shared cache may show it
 * up to N seconds longer (docs/DEPLOY.md). Browsers always revalidate.
 */
export const sharedCacheSeconds = (env: NodeJS.ProcessEnv = process.env): number => {
  const seconds = Number(env.PRESSROOM_SHARED_CACHE_S ?? 0)
  return Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0
}

/** The Cache-Control of a stored newsroom page. */
export const pageCacheControl = (seconds: number = sharedCacheSeconds()): string =>
  seconds > 0 ? `public, max-age=0, s-maxage=${seconds}, must-revalidate` : 'public, no-cache'
