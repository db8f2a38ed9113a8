import type { Payload } from 'payload'

import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Media } from '../payload-types'

import { isMissingObject, s3Client, s3Settings } from './s3'

type Shown = Media | number | string | null | undefined

/** The files of a photo Chromium may print or a pack ZIP may carry: the original and its print size. */
const filesOf = (media: Media) =>
  [
    { name: media.filename, size: media.filesize },
    { name: media.sizes?.print?.filename, size: media.sizes?.print?.filesize },
  ].filter((file): file is { name: string; size: number | null | undefined } => Boolean(file.name))

const sameSize = async (file: string, size: number | null | undefined) => {
  try {
    return (await fs.stat(file)).size === size
  } catch {
    return false
  }
}

/**
 * Chromium prints photos from the local disk (the browser pool reads no network). With S3, the
 * photos a document shows are first copied from the bucket into the media folder, each once: a
 * copy of the right size is kept, a different one (a name reused after a delete) fetched again.
 * A photo that cannot be fetched is left out of the document, as a missing file is on disk.
 */
export const copyForPrint = async (
  payload: Payload,
  mediaDir: string,
  shown: Shown[],
): Promise<void> => {
  const s3 = s3Settings()
  if (!s3 || !mediaDir) return
  const photos = shown.filter(
    (m): m is Media =>
      typeof m === 'object' && m !== null && Boolean(m.mimeType?.startsWith('image/')),
  )
  await fs.mkdir(mediaDir, { recursive: true })
  await Promise.all(
    photos.flatMap((media) =>
      filesOf(media).map(async ({ name, size }) => {
        const file = path.join(mediaDir, path.basename(name))
        if (await sameSize(file, size)) return
        const folder = [media.prefix, media._objectKey].filter(Boolean).join('/')
        const temp = `${file}.${crypto.randomBytes(4).toString('hex')}.tmp`
        try {
          const object = await s3Client(s3).getObject({
            Bucket: s3.bucket,
            Key: folder ? `${folder}/${name}` : name,
          })
          await fs.writeFile(temp, await object.Body!.transformToByteArray())
          await fs.rename(temp, file)
        } catch (error) {
          await fs.rm(temp, { force: true })
          if (!isMissingObject(error))
            payload.logger.warn({ err: error }, `photo ${name} not fetched from S3 for printing`)
        }
      }),
    ),
  )
}
