import fs from 'node:fs'
import path from 'node:path'

/**
 * The docs against the code, without a server or a database: every environment variable the code
 * reads is in docs/CONFIGURATION.md, the README stays a front door (≤ 150 lines), and every
 * relative link in README.md and docs/*.md leads to a file (and heading) that exists.
 */

/** Where the code that runs in production, the CLI and the bench lives. */
const scanned = ['src', 'scripts', 'payload.config.ts', 'next.config.mjs']

/** Read by the code but set by the platform, not by whoever runs Pressroom. */
const notSettings: Record<string, string> = {
  NEXT_RUNTIME: 'set by Next.js itself to tell its Node.js runtime from the edge runtime',
  NODE_ENV: 'set by Next.js and by scripts/serve.ts (production); not a Pressroom setting',
}

const sourceFiles = (entry: string): string[] => {
  if (!fs.existsSync(entry)) return []
  if (!fs.statSync(entry).isDirectory()) return [entry]
  return fs
    .readdirSync(entry)
    .flatMap((name) => sourceFiles(path.join(entry, name)))
    .filter((file) => /\.(ts|tsx|mts|js|mjs|cjs)$/.test(file))
}

const NAME = '[A-Z][A-Z0-9_]*'

/**
 * The environment variables a source text reads: `process.env.NAME`, `process.env['NAME']`,
 * `const { NAME } = process.env`, and `x.NAME` where `x` is bound to process.env in that text
 * (`env = process.env` as a default or a constant, or a parameter typed `NodeJS.ProcessEnv`).
 */
const envReads = (text: string): string[] => {
  const names = new Set<string>()
  const add = (pattern: RegExp, group = 1) => {
    for (const match of text.matchAll(pattern)) names.add(match[group])
  }
  add(new RegExp(`process\\.env\\.(${NAME})`, 'g'))
  add(new RegExp(`process\\.env\\[\\s*['"\`](${NAME})['"\`]\\s*\\]`, 'g'))
  for (const [, inside] of text.matchAll(/\{([^{}]*)\}\s*=\s*process\.env\b(?![.[])/g)) {
    for (const part of inside.split(',')) {
      const name = part.split(':')[0].trim()
      if (new RegExp(`^${NAME}$`).test(name)) names.add(name)
    }
  }
  const aliases = new Set<string>()
  for (const match of text.matchAll(/\b(\w+)\s*(?::\s*[^=;]+?)?\s*=\s*process\.env\b(?![.[])/g))
    aliases.add(match[1])
  for (const match of text.matchAll(/\b(\w+)\s*\??:\s*NodeJS\.ProcessEnv\b/g)) aliases.add(match[1])
  for (const alias of aliases) add(new RegExp(`\\b${alias}\\??\\.(${NAME})`, 'g'))
  return [...names]
}

const lineCount = (text: string) => text.split('\n').length - (text.endsWith('\n') ? 1 : 0)

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
const anchorOf = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

const withoutCode = (markdown: string) =>
  markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/`[^`\n]*`/g, '')

const anchorsOf = (file: string): Set<string> =>
  new Set(
    [...withoutCode(fs.readFileSync(file, 'utf8')).matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) =>
      anchorOf(m[1]),
    ),
  )

const markdownFiles = () => [
  'README.md',
  ...fs
    .readdirSync('docs')
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.join('docs', name)),
]

/** Relative links (`[text](target)`, images too) that lead to no file, or to no such heading. */
const brokenLinks = (file: string): string[] => {
  const text = withoutCode(fs.readFileSync(file, 'utf8'))
  const broken: string[] = []
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue
    const [filePart, anchor] = target.split('#')
    const linked = filePart ? path.join(path.dirname(file), decodeURI(filePart)) : file
    if (!fs.existsSync(linked)) broken.push(`${file}: ${target} (no such file)`)
    else if (anchor && linked.endsWith('.md') && !anchorsOf(linked).has(anchor))
      broken.push(`${file}: ${target} (no such heading)`)
  }
  return broken
}

describe('the docs against the code', () => {
  it('finds environment variables read in each way the code reads them', () => {
    const sample = [
      "const a = process.env.ALPHA || 'x'",
      "const b = process.env['BRAVO']",
      'const { CHARLIE, DELTA: d } = process.env',
      'export const f = (env: Record<string, string | undefined> = process.env) => env.ECHO?.trim()',
      'const g = (payload: Payload, environment: NodeJS.ProcessEnv) => environment.FOXTROT',
      "const local = { GOLF: 'not read from the environment' }; local.GOLF",
    ].join('\n')
    expect(envReads(sample).sort()).toEqual([
      'ALPHA',
      'BRAVO',
      'CHARLIE',
      'DELTA',
      'ECHO',
      'FOXTROT',
    ])
  })

  it('documents in docs/CONFIGURATION.md every environment variable the code reads', () => {
    const read = new Set(
      scanned.flatMap(sourceFiles).flatMap((file) => envReads(fs.readFileSync(file, 'utf8'))),
    )
    // The scan itself works: variables read in each of the code's ways are among those found.
    expect([...read]).toEqual(
      expect.arrayContaining([
        'DATABASE_URL',
        'S3_BUCKET',
        'PRESSROOM_ADMIN_EMAIL',
        'PRESSROOM_TZ',
      ]),
    )
    const documented = fs.readFileSync('docs/CONFIGURATION.md', 'utf8')
    const missing = [...read]
      .filter((name) => !(name in notSettings))
      .filter((name) => !documented.includes(`\`${name}\``))
      .sort()
    expect(missing).toEqual([])
  })

  it('keeps the README a front door of at most 150 lines', () => {
    expect(lineCount(fs.readFileSync('README.md', 'utf8'))).toBeLessThanOrEqual(150)
  })

  it('links from README.md and docs/*.md only to files and headings that exist', () => {
    expect(markdownFiles().flatMap(brokenLinks)).toEqual([])
  })
})
