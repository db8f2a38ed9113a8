import type { User } from '../src/payload-types'

import { BrowserPool } from '../src/generator/browser'
import { exportRelease } from '../src/generator/release'
import { seed } from '../src/seed'
import { makeUser } from './helpers/content'
import { bootPayload, type TestPayload } from './helpers/payload'
import { pdfPages } from './helpers/pdf'

let t: TestPayload
let pool: BrowserPool
let editor: User

beforeAll(async () => {
  t = await bootPayload('people-names')
  pool = new BrowserPool({ size: 1 })
  await seed(t.payload)
  editor = await makeUser(t.payload, 'editor')
}, 60_000)
afterAll(async () => {
  await pool?.close()
  await t?.destroy()
})

const pdfText = async (slug: string, locale: 'pl' | 'en' | 'uk') => {
  const [file] = await exportRelease(t.payload, slug, ['pdf'], {
    locale,
    overrideAccess: true,
    pool,
  })
  return (await pdfPages(file.data as Uint8Array)).join('\n')
}
const budget = 'rusza-glosowanie-w-budzecie-obywatelskim-94-projekty-do-wyboru'

describe("people's names per language", () => {
  it('names the mayor in Cyrillic in the Ukrainian sample release, and in Latin letters in the Polish and English ones', async () => {
    const uk = await pdfText(budget, 'uk')
    expect(uk).toContain('Анна Сокольницька, Президентка міста Кракова')
    expect(uk).not.toContain('Anna Sokolnicka')
    expect(await pdfText(budget, 'pl')).toContain('Anna Sokolnicka, Prezydent Miasta Krakowa')
    expect(await pdfText(budget, 'en')).toContain('Anna Sokolnicka, Mayor of Kraków')
  })

  it('shows the Polish form in a language the person has no name in', async () => {
    const person = await t.payload.create({
      collection: 'people',
      locale: 'pl',
      data: { name: 'Joanna Wrzos', role: 'Dyrektor Zarządu Zieleni Miejskiej' },
      user: editor,
      overrideAccess: false,
    })
    const read = await t.payload.findByID({
      collection: 'people',
      id: person.id,
      locale: 'uk',
      overrideAccess: true,
    })
    expect(read.name).toBe('Joanna Wrzos')
  })

  it('lets an editor write the Ukrainian form without touching the Polish one', async () => {
    const person = await t.payload.create({
      collection: 'people',
      locale: 'pl',
      data: { name: 'Michał Nowak', role: 'Rzecznik prasowy' },
      user: editor,
      overrideAccess: false,
    })
    await t.payload.update({
      collection: 'people',
      id: person.id,
      locale: 'uk',
      data: { name: 'Міхал Новак', role: 'Речник' },
      user: editor,
      overrideAccess: false,
    })
    const all = await t.payload.findByID({
      collection: 'people',
      id: person.id,
      locale: 'all',
      overrideAccess: true,
    })
    expect(all.name).toMatchObject({ pl: 'Michał Nowak', uk: 'Міхал Новак' })
  })
})
