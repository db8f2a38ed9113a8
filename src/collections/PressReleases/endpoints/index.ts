import type { Endpoint } from 'payload'

/** GET /api/press-releases/:id/pdf|html|txt — filled in by the generator. */
export const releaseEndpoints: Endpoint[] = []
