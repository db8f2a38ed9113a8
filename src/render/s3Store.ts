import type { S3 } from '@aws-sdk/client-s3'

import { isMissingObject } from '../storage/s3'
import { type RenderStore, validKey } from './renderStore'

type Warn = (message: string, error: unknown) => void

const warnOnStderr: Warn = (message, error) =>
  console.warn(`pressroom: ${message}: ${(error as Error)?.message ?? String(error)}`)

/**
 * Rendered documents as objects `<prefix><key>` in the bucket, shared by every instance. The store
 * is a cache: while the bucket is unreachable a document is rendered afresh and not kept, so
 * readers still get their HTML, text and PDF.
 */
export const s3Store = (
  client: S3,
  bucket: string,
  prefix = 'renders/',
  warn: Warn = warnOnStderr,
): RenderStore => ({
  get: async (key) => {
    const name = prefix + validKey(key)
    try {
      const object = await client.getObject({ Bucket: bucket, Key: name })
      return object.Body ? await object.Body.transformToByteArray() : null
    } catch (error) {
      if (isMissingObject(error)) return null
      warn('render store unreachable, rendering afresh', error)
      return null
    }
  },
  put: async (key, data) => {
    const name = prefix + validKey(key)
    try {
      // An object is written whole or not at all: no temporary name needed.
      await client.putObject({ Bucket: bucket, Key: name, Body: data })
    } catch (error) {
      warn('render store unreachable, document not kept', error)
    }
  },
})
