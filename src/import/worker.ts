// The import's worker thread (started by ./convertInWorker.ts): converts one file, posts the result
// or the user's error, and ends.
import { parentPort, workerData } from 'node:worker_threads'

import { UserError } from '../lib/errors'
import { type ConvertInput, convertRelease } from './convert'

// Node 20 sometimes never settles the import of Lexical when its packages evaluate at once (see
// scripts/run.mjs): load them one at a time first.
for (const name of [
  'lexical',
  '@lexical/utils',
  '@lexical/selection',
  '@lexical/clipboard',
  '@lexical/html',
  '@lexical/list',
  '@lexical/link',
  '@lexical/mark',
  '@lexical/table',
  '@lexical/rich-text',
  '@lexical/headless',
]) {
  await import(name).catch(() => {})
}

// The conversion's time limit starts now, with every module loaded.
parentPort?.postMessage({ ready: true })
try {
  parentPort?.postMessage({ release: await convertRelease(workerData as ConvertInput) })
} catch (error) {
  if (!(error instanceof UserError)) throw error
  parentPort?.postMessage({
    refused: {
      name: error.name,
      message: error.message,
      exitCode: error.exitCode,
      httpStatus: error.httpStatus,
      wording: error.wording,
    },
  })
}
