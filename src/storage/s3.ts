import type { S3ClientConfig } from '@aws-sdk/client-s3'

import { S3 } from '@aws-sdk/client-s3'

/** Where the shared files go when S3_BUCKET is set: uploads, rendered documents, the outbox. */
export type S3Settings = { bucket: string; config: S3ClientConfig }

const truthy = (value: string | undefined) => /^(1|true|yes|on)$/i.test(value?.trim() ?? '')

/**
 * S3_BUCKET (+ S3_ENDPOINT, S3_REGION, S3_FORCE_PATH_STYLE, S3_ACCESS_KEY_ID/S3_SECRET_ACCESS_KEY),
 * or null: local disk. Without S3_ACCESS_KEY_ID the AWS SDK finds credentials its usual way
 * (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, AWS_PROFILE, an instance role).
 */
export const s3Settings = (
  env: Record<string, string | undefined> = process.env,
): S3Settings | null => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither')
  }
  return {
    bucket,
    config: {
      region: env.S3_REGION?.trim() || env.AWS_REGION?.trim() || 'us-east-1',
      ...(env.S3_ENDPOINT?.trim() ? { endpoint: env.S3_ENDPOINT.trim() } : {}),
      forcePathStyle: truthy(env.S3_FORCE_PATH_STYLE),
      ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
      // An unreachable store fails a request within seconds rather than holding it open.
      requestHandler: {
        connectionTimeout: 3_000,
        requestTimeout: 60_000,
        httpAgent: { keepAlive: true, maxSockets: 100 },
        httpsAgent: { keepAlive: true, maxSockets: 100 },
      },
    },
  }
}

let shared: { key: string; client: S3 } | null = null

/** One client per configuration for our own objects (renders, outbox). */
export const s3Client = (settings: S3Settings): S3 => {
  const key = JSON.stringify({ bucket: settings.bucket, ...settings.config })
  if (shared?.key !== key) shared = { key, client: new S3(settings.config) }
  return shared.client
}

/** Whether an SDK error says the object is not there (as opposed to the store failing). */
export const isMissingObject = (error: unknown): boolean => {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } }
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}
