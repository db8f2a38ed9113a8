/**
 * Where rendered documents are kept, by render key. Small on purpose: the disk store
 * (src/render/store.ts), or an object store (S3, src/render/s3Store.ts) when several instances
 * share the renders.
 */
export type RenderStore = {
  get: (key: string) => Promise<Uint8Array | null>
  put: (key: string, data: Uint8Array) => Promise<void>
}

export const validKey = (key: string): string => {
  if (!/^[a-f0-9]{16,128}$/.test(key)) throw new Error(`Not a render key: ${key}`)
  return key
}
