import type { CollectionAfterChangeHook, CollectionConfig, Config, Plugin } from 'payload'

import { s3Storage } from '@payloadcms/storage-s3'
import { APIError } from 'payload'

import { s3Settings } from './s3'

/** The upload collections whose files go to the bucket, each under its own prefix. */
const uploadPrefixes = { media: 'media' } as const

/** Fields Payload writes for an uploaded file: put back when a replacement could not be stored. */
const fileFields = [
  'filename',
  'mimeType',
  'filesize',
  'width',
  'height',
  'focalX',
  'focalY',
  'sizes',
  'prefix',
]

export const storageUnavailable = () => {
  const error = new APIError(
    'File storage is unavailable, so the file was not saved. Nothing was changed; try again in a moment.',
    503,
    undefined,
    true,
  )
  // Payload's REST answer shows the message of a named error only (the built server's class has none).
  error.name = 'StorageUnavailable'
  return error
}

/**
 * Undoes the document write when its file could not be stored, so no document is left pointing at
 * a file that is not there: a new document is deleted, a replaced file's fields are put back.
 * (SQLite runs without transactions here; on PostgreSQL the transaction is rolled back as well.)
 */
const undoWhenStoringFails =
  (storeFiles: CollectionAfterChangeHook): CollectionAfterChangeHook =>
  async (args) => {
    try {
      return await storeFiles(args)
    } catch (error) {
      const { collection, doc, operation, previousDoc, req } = args
      req.payload.logger.error(
        { err: error },
        `storing the file of ${collection.slug} ${doc.id} failed`,
      )
      req.file = undefined
      req.payloadUploadSizes = undefined
      const context = { ...req.context, skipCloudStorage: true }
      if (operation === 'create') {
        await req.payload.delete({
          collection: collection.slug,
          id: doc.id,
          req,
          overrideAccess: true,
          context,
        })
      } else if (previousDoc) {
        const data = Object.fromEntries(
          fileFields.map((field) => [field, previousDoc[field] ?? null]),
        )
        await req.payload.update({
          collection: collection.slug,
          id: doc.id,
          data,
          req,
          overrideAccess: true,
          context,
        })
      }
      throw storageUnavailable()
    }
  }

type FileHandler = NonNullable<Extract<CollectionConfig['upload'], object>['handlers']>[number]

/** A download the bucket could not serve answers 503 with a JSON reason, like an upload. */
const unavailableAs503 =
  (handler: FileHandler): FileHandler =>
  async (req, args) => {
    const response = await handler(req, args)
    if (!(response instanceof Response) || response.status !== 500) return response as Response
    return Response.json(
      { errors: [{ message: 'File storage is unavailable; try again in a moment.' }] },
      { status: 503 },
    )
  }

const added = <T>(before: T[] | undefined, after: T[] | undefined): T[] =>
  (after ?? []).filter((item) => !(before ?? []).includes(item))

/** Wraps what the storage plugin added to each upload collection (its upload hook, its download). */
const guardStorage = (before: Config, after: Config): Config => ({
  ...after,
  collections: (after.collections ?? []).map((collection) => {
    if (!(collection.slug in uploadPrefixes) || typeof collection.upload !== 'object')
      return collection
    const original = before.collections?.find((c) => c.slug === collection.slug)
    const originalUpload = typeof original?.upload === 'object' ? original.upload : {}
    const storeHooks = added(original?.hooks?.afterChange, collection.hooks?.afterChange)
    const downloadHandlers = added(originalUpload.handlers, collection.upload.handlers)
    return {
      ...collection,
      hooks: {
        ...collection.hooks,
        afterChange: (collection.hooks?.afterChange ?? []).map((hook) =>
          storeHooks.includes(hook) ? undoWhenStoringFails(hook) : hook,
        ),
      },
      upload: {
        ...collection.upload,
        handlers: (collection.upload.handlers ?? []).map((handler) =>
          downloadHandlers.includes(handler) ? unavailableAs503(handler) : handler,
        ),
      },
    }
  }),
})

/**
 * Uploads in the S3 bucket when S3_BUCKET is set (Payload's storage-s3), else on the local disk.
 * Objects are private (no ACL asked for): files are downloaded through /api/media/file/…, where the
 * collection's read access still decides. The plugin's `prefix` field is in the schema either way
 * (alwaysInsertFields), so both set-ups share one set of migrations.
 */
export const mediaStoragePlugin =
  (settings = s3Settings()): Plugin =>
  async (config) => {
    const plugged = await s3Storage({
      enabled: Boolean(settings),
      alwaysInsertFields: true,
      bucket: settings?.bucket ?? '',
      config: settings?.config ?? {},
      collections: Object.fromEntries(
        Object.entries(uploadPrefixes).map(([slug, prefix]) => [slug, { prefix }]),
      ),
    })(config)
    return settings ? guardStorage(config, plugged) : plugged
  }
