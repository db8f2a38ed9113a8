import fs from 'node:fs'
import path from 'node:path'

import { newsroomAddress, otherTopSegments } from '../src/newsroom/addresses'

/** The proxy's reading of a path, before any page runs (src/newsroom/addresses.ts). */
const read = (p: string) => newsroomAddress(p.split('/').filter(Boolean))

/** The first URL segments src/app serves, route groups `(…)` looked through. */
const topSegments = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('_'))
    .flatMap((e) => (/^\(.*\)$/.test(e.name) ? topSegments(path.join(dir, e.name)) : [e.name]))

describe('newsroom addresses', () => {
  it('knows every first segment the rest of the app serves: none is taken for a language', () => {
    const served = topSegments(path.resolve('src/app')).filter((s) => s !== '[locale]')
    expect([...served, '_next'].sort()).toEqual([...otherTopSegments].sort())
  })

  it('names releases and packs, which exist only when public, and leaves fixed pages alone', () => {
    expect(read('/pl/nowe-przystanki')).toEqual({
      kind: 'release',
      locale: 'pl',
      slug: 'nowe-przystanki',
    })
    expect(read('/uk/packs/tramwaje')).toEqual({ kind: 'pack', locale: 'uk', slug: 'tramwaje' })
    const fixed = ['/', '/pl', '/en/contacts', '/pl/search', '/pl/packs', '/pl/feed.xml']
    for (const p of [...fixed, '/uk/atom.xml', '/pl/subscribe']) {
      expect([p, read(p)]).toEqual([p, { kind: 'page' }])
    }
    const others = ['/admin', '/api/press-releases', '/r/abc', '/u/abc', '/subscribe/confirm/x']
    for (const p of [...others, '/sitemap.xml', '/robots.txt']) {
      expect([p, read(p)]).toEqual([p, { kind: 'other' }])
    }
  })

  it('reads unknown languages, deeper paths and impossible slugs as missing', () => {
    expect(read('/xx')).toEqual({ kind: 'missing', locale: null })
    expect(read('/de/cokolwiek')).toEqual({ kind: 'missing', locale: null })
    expect(read('/pl/a/b/c')).toEqual({ kind: 'missing', locale: 'pl' })
    expect(read('/uk/contacts/x')).toEqual({ kind: 'missing', locale: 'uk' })
    expect(read('/pl/../../etc/passwd')).toEqual({ kind: 'missing', locale: 'pl' })
    expect(read('/pl/abc\0def')).toEqual({ kind: 'missing', locale: 'pl' })
    expect(read('/en/packs/..')).toEqual({ kind: 'missing', locale: 'en' })
    expect(read('/pl/Wielkie-Litery')).toEqual({ kind: 'missing', locale: 'pl' })
  })
})
