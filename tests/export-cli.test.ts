import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bootPayload, type TestPayload } from './helpers/payload'
import { makeRelease, setupOffice } from './helpers/content'
import { pdfPages } from './helpers/pdf'

let t: TestPayload
let out: string
let slug: string

type Result = { code: number; stdout: string; stderr: string }

const cli = (args: string[], env: Record<string, string> = {}): Promise<Result> =>
  new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/run.mjs', 'export', ...args],
      {
        env: { ...process.env, NODE_OPTIONS: '', PRESSROOM_LOG_LEVEL: 'error', ...env },
        cwd: path.resolve('.'),
      },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    )
  })

beforeAll(async () => {
  t = await bootPayload('export-cli')
  await setupOffice(t.payload)
  const release = await makeRelease(t.payload, {
    headline: 'Wianki nad Wisłą w czerwcu',
    lead: 'Miasto zaprasza.',
  })
  await makeRelease(t.payload, { headline: 'Szkic o Wiankach', _status: 'draft' })
  slug = release.slug as string
})
beforeEach(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'pressroom-export-'))
})
afterAll(async () => t?.destroy())

it('writes a release as <slug>.<locale>.pdf/html/txt and prints the paths', async () => {
  const r = await cli(['--release', slug, '--out', out])
  expect(r).toMatchObject({ code: 0, stderr: '' })
  const names = ['pdf', 'html', 'txt'].map((ext) => path.join(out, `${slug}.pl.${ext}`))
  expect(r.stdout.trim().split('\n')).toEqual(names)
  expect((await pdfPages(fs.readFileSync(names[0]))).join('\n')).toContain(
    'Wianki nad Wisłą w czerwcu',
  )
  expect(fs.readdirSync(out).sort()).toEqual(names.map((n) => path.basename(n)).sort())
})

it('prints JSON with --json and exports the draft only with --draft', async () => {
  const r = await cli([
    '--release',
    'szkic-o-wiankach',
    '--draft',
    '--format',
    'txt',
    '--json',
    '--out',
    out,
  ])
  expect(r.code).toBe(0)
  const json = JSON.parse(r.stdout)
  expect(json.files).toEqual([
    { path: path.join(out, 'szkic-o-wiankach.pl.txt'), format: 'txt', bytes: expect.any(Number) },
  ])
  expect(fs.readFileSync(json.files[0].path, 'utf8')).toContain('PROJEKT / DRAFT')
  const published = await cli(['--release', 'szkic-o-wiankach', '--out', out])
  expect(published.code).toBe(1)
  expect(published.stderr).toBe(
    'export: Press release "szkic-o-wiankach" is not published yet (export the draft with --draft)\n',
  )
})

it('fails with one line and exit 1 for an unknown slug, leaving nothing behind', async () => {
  const r = await cli(['--release', 'nie-ma-takiego', '--out', out])
  expect(r).toEqual({ code: 1, stdout: '', stderr: 'export: No press release "nie-ma-takiego".\n' })
  expect(fs.readdirSync(out)).toEqual([])
})

it('exits 2 for bad usage: a bad locale, a bad format, nothing to export', async () => {
  const locale = await cli(['--release', slug, '--locale', 'de', '--out', out])
  expect(locale).toEqual({
    code: 2,
    stdout: '',
    stderr: 'export: Unknown locale "de": use one of pl, en, uk\n',
  })
  const format = await cli(['--release', slug, '--format', 'docx', '--out', out])
  expect(format.code).toBe(2)
  expect(format.stderr).toMatch(/^export: Unknown format "docx"/)
  expect((await cli([])).code).toBe(2)
})

it('fails with one line when no browser can be found, and writes no file', async () => {
  const r = await cli(['--release', slug, '--out', out], {
    PUPPETEER_EXECUTABLE_PATH: '/nonexistent/chrome',
  })
  expect(r.code).toBe(1)
  expect(r.stderr.trim().split('\n')).toHaveLength(1)
  expect(r.stderr).toMatch(/^export: PUPPETEER_EXECUTABLE_PATH is \/nonexistent\/chrome/)
  expect(fs.readdirSync(out)).toEqual([])
})

it('exports every published release with --all, one path a line when not on a terminal', async () => {
  const r = await cli(['--all', '--format', 'txt', '--out', out])
  expect(r.code).toBe(0)
  expect(r.stdout.trim().split('\n')).toEqual([path.join(out, `${slug}.pl.txt`)])
})
