#!/usr/bin/env node
// Runs one of the TypeScript CLI scripts (`node scripts/run.mjs seed …`) with plain Node: esbuild
// bundles our code (packages stay external) into .cli/ in a fraction of a second, then Node imports
// it.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const [name] = process.argv.splice(2, 1)
if (!name || !/^[\w-]+$/.test(name)) {
  console.error('usage: node scripts/run.mjs <script> [args…]')
  process.exit(2)
}
// A command-line run ends before a background rendering would: only the server renders ahead.
if (name !== 'start' && name !== 'serve') process.env.PRESSROOM_PRERENDER ||= 'off'
const outfile = path.resolve('.cli', `${name}.mjs`)
const { outputFiles } = await build({
  entryPoints: [path.join('scripts', `${name}.ts`)],
  outfile,
  write: false,
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'error',
})
// Written whole, then renamed: two commands started at once must never import a half-written file
// (Node runs what it got, possibly nothing, and exits 0).
fs.mkdirSync(path.dirname(outfile), { recursive: true })
const partial = `${outfile}.${process.pid}.tmp`
fs.writeFileSync(partial, outputFiles[0].contents)
fs.renameSync(partial, outfile)

// Node 20 sometimes never settles the import of Payload's Lexical editor: each @lexical/* package's
// Node entry is a top-level `await import()`, and when several evaluate at once the module graph can
// stall, and the process ends with nothing done (exit 13, or 0 in a script without top-level
// await; 5 of 6 `npm run seed` runs here). Loading them one at a time first avoids it.
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
await import(pathToFileURL(outfile).href)
