import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { s3Client, s3Settings } from '../storage/s3'
import { type RenderStore, validKey } from './renderStore'
import { s3Store } from './s3Store'

export { type RenderStore, validKey }

/** Files under `dir`, fanned out by the key's first two characters; written whole (temp + rename). */
export const diskStore = (dir: string): RenderStore => {
  const fileOf = (key: string) => path.join(dir, validKey(key).slice(0, 2), key)
  return {
    get: async (key) => {
      try {
        return new Uint8Array(await fs.readFile(fileOf(key)))
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
        throw error
      }
    },
    put: async (key, data) => {
      const file = fileOf(key)
      await fs.mkdir(path.dirname(file), { recursive: true })
      const temp = `${file}.${crypto.randomBytes(4).toString('hex')}.tmp`
      try {
        await fs.writeFile(temp, data)
        await fs.rename(temp, file)
      } catch (error) {
        await fs.rm(temp, { force: true })
        throw error
      }
    },
  }
}

/** `$PRESSROOM_DATA_DIR/renders` (default ./data/renders). */
export const rendersDir = (): string =>
  path.resolve(/*turbopackIgnore: true*/ process.env.PRESSROOM_DATA_DIR || 'data', 'renders')

let shared: { dir: string; store: RenderStore } | null = null

/** The process-wide store: the S3 bucket when S3_BUCKET is set, else PRESSROOM_DATA_DIR. */
export const sharedStore = (): RenderStore => {
  const s3 = s3Settings()
  const dir = s3 ? `s3:${s3.bucket}` : rendersDir()
  if (shared?.dir !== dir)
    shared = { dir, store: s3 ? s3Store(s3Client(s3), s3.bucket) : diskStore(dir) }
  return shared.store
}
