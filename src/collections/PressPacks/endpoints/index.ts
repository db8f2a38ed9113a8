import type { Endpoint } from 'payload'

/** GET /api/press-packs/:id/pdf|zip — filled in by the generator. */
export const packEndpoints: Endpoint[] = []
