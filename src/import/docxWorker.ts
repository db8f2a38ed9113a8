import { Worker } from 'node:worker_threads'

import { importLimits, ImportLimitError } from './limits'

// Plain CommonJS evaluated in the worker, so the bundler has no worker file to find: mammoth is
// resolved from the project's node_modules at run time.
const workerCode = `
const { parentPort, workerData } = require('node:worker_threads')
const mammoth = require('mammoth')
mammoth
  .convertToHtml({ buffer: Buffer.from(workerData) })
  .then((result) => parentPort.postMessage({ html: result.value }))
  .catch(() => parentPort.postMessage({ unreadable: true }))
`

/**
 * Converts a .docx to HTML off the request thread, in a worker with a time and a memory limit,
 * so one hostile document cannot stall the server: the worker is stopped and the import refused.
 */
export const convertDocxInWorker = (buffer: Buffer, file: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerCode, {
      eval: true,
      workerData: buffer,
      resourceLimits: { maxOldGenerationSizeMb: importLimits.parseMemoryMb },
    })
    let settled = false
    const finish = (fn: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      void worker.terminate()
      fn()
    }
    const timer = setTimeout(
      () =>
        finish(() =>
          reject(
            new ImportLimitError(
              `${file} took longer than ${importLimits.parseMs / 1000} s to read: too complex to import.`,
              422,
            ),
          ),
        ),
      importLimits.parseMs,
    )
    worker.once('message', (message: { html?: string; unreadable?: boolean }) =>
      finish(() =>
        message.unreadable || typeof message.html !== 'string'
          ? reject(new ImportLimitError(`${file} is not a readable .docx document.`, 422))
          : resolve(message.html),
      ),
    )
    worker.once('error', () =>
      finish(() =>
        reject(
          new ImportLimitError(`${file} needs too much memory to read: too large to import.`, 413),
        ),
      ),
    )
    worker.once('exit', () =>
      finish(() => reject(new ImportLimitError(`${file} is not a readable .docx document.`, 422))),
    )
  })
