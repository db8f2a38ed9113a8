import fs from 'node:fs'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { UserError, type Wording } from '../lib/errors'
import type { ConvertedRelease, ConvertInput } from './convert'
import { importLimits, ImportLimitError } from './limits'

// The worker is our TypeScript, bundled by esbuild (as scripts/run.mjs bundles the CLI) into .cli/
// of the checkout, where its packages resolve from node_modules: neither Next's bundle nor the CLI's
// has a worker file to point at. Once per process.
let bundled: Promise<string> | undefined
const workerFile = () =>
  (bundled ??= (async () => {
    const { build } = await import('esbuild')
    const outfile = path.resolve('.cli', 'import-worker.mjs')
    const { outputFiles } = await build({
      entryPoints: [path.resolve('src', 'import', 'worker.ts')],
      write: false,
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      logLevel: 'error',
      outfile,
    })
    // Written whole, then renamed: another process may be starting the same worker.
    fs.mkdirSync(path.dirname(outfile), { recursive: true })
    const partial = `${outfile}.${process.pid}.tmp`
    fs.writeFileSync(partial, outputFiles[0].contents)
    fs.renameSync(partial, outfile)
    return outfile
  })().catch((error: unknown) => {
    bundled = undefined
    throw error
  }))

type Refusal = {
  name: string
  message: string
  exitCode: 1 | 2
  httpStatus: number
  wording?: Wording
}

const errorOf = (refused: Refusal): UserError => {
  if (refused.name === 'ImportLimitError' && refused.wording)
    return new ImportLimitError(refused.wording, refused.httpStatus as 413 | 422)
  return new UserError(refused.message, refused.exitCode, refused.httpStatus, refused.wording)
}

/**
 * Converts a release file (./convert.ts) in a worker thread with a time and a memory limit, so
 * neither a large nor a hostile document holds up the server's other requests: the caller gets
 * the finished fields and only saves them. Throws UserError (413/422 for the limits).
 */
export const convertInWorker = async (input: ConvertInput): Promise<ConvertedRelease> => {
  const file = await workerFile()
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: importLimits.parseMemoryMb },
    })
    let settled = false
    let timer: NodeJS.Timeout | undefined
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      fn()
    }
    const refuseAfter = (ms: number) => {
      clearTimeout(timer)
      timer = setTimeout(
        () =>
          finish(() =>
            reject(
              new ImportLimitError(
                {
                  key: 'refuseImportSlow',
                  vars: { file: input.file, seconds: importLimits.parseMs / 1000 },
                },
                422,
              ),
            ),
          ),
        ms,
      )
    }
    // Loading the worker's modules takes seconds on a busy machine; the file's own time starts
    // when it is ready.
    refuseAfter(importLimits.parseMs + 60_000)
    worker.on(
      'message',
      (message: { ready?: true; release?: ConvertedRelease; refused?: Refusal }) => {
        if (message.ready) return refuseAfter(importLimits.parseMs)
        finish(() =>
          message.release ? resolve(message.release) : reject(errorOf(message.refused as Refusal)),
        )
      },
    )
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new ImportLimitError({ key: 'refuseImportMemory', vars: { file: input.file } }, 413)
            : error,
        ),
      ),
    )
    worker.once('exit', () =>
      finish(() =>
        reject(
          new ImportLimitError({ key: 'refuseImportNotDocument', vars: { file: input.file } }, 422),
        ),
      ),
    )
  })
}
