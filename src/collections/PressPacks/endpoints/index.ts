import type { Endpoint, PayloadHandler } from 'payload'

const formats = ['pdf', 'zip'] as const

// The generator (Chromium, Handlebars) loads on the first export, not with the config.
const handler =
  (format: (typeof formats)[number]): PayloadHandler =>
  async (req) => {
    const { exportPack } = await import('./exportPack')
    return exportPack(format)(req)
  }

/** GET /api/press-packs/:id/pdf|zip?locale=pl — :id is an id or a slug. */
export const packEndpoints: Endpoint[] = formats.map((format) => ({
  path: `/:id/${format}`,
  method: 'get',
  handler: handler(format),
}))
