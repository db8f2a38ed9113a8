import type { Payload, PayloadRequest } from 'payload'

import { commitTransaction, createLocalReq, initTransaction } from 'payload'

import sharp from 'sharp'

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  children: [{ type: 'text', text, format: 0, style: '', mode: 'normal', detail: 0, version: 1 }],
})

export const body = (paragraphs = 6) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr' as const,
    format: '' as const,
    indent: 0,
    children: Array.from({ length: paragraphs }, (_, i) =>
      paragraph(
        `Akapit ${i + 1}. Miasto rozpoczyna kolejny etap prac: na odcinku od pętli w Mistrzejowicach do ronda Czyżyńskiego powstanie 15 km torowiska i siedem przystanków z wiatami, a piesi i rowerzyści zyskają nowe przejścia.`,
      ),
    ),
  },
})

export const staffLogin = { email: 'bench@krakow.example', password: 'bench-only-password-1' }

export type Seeded = { releaseIds: number[]; quoteIds: number[]; mediaIds: number[]; packId: number | null }

/**
 * The bench's own press office: an editor to log in with, the mayor, `quotes` approved quotes,
 * `media` small images and `releases` published one-page releases citing them in turn (every
 * tenth still under embargo, so the visibility rule has something to hide), and a pack of 20.
 */
export const seedBench = async (
  payload: Payload,
  { releases, quotes = 50, media = 10, log = () => {} }: { releases: number; quotes?: number; media?: number; log?: (done: number) => void },
): Promise<Seeded> => {
  const o = { overrideAccess: true } as const
  await payload.updateGlobal({
    slug: 'press-office',
    data: { city: 'Kraków', officeName: 'Biuro Prasowe Urzędu Miasta Krakowa', letterhead: 'pl. Wszystkich Świętych 3–4\n31-004 Kraków' },
    ...o,
  })
  await payload.create({ collection: 'users', data: { ...staffLogin, name: 'Bench', role: 'editor', approver: true } as never, ...o })
  const person = await payload.create({ collection: 'people', data: { name: 'Marta Zielińska', role: 'Prezydent Miasta Krakowa' }, ...o })
  const quoteIds: number[] = []
  for (let i = 0; i < quotes; i++) {
    const q = await payload.create({
      collection: 'quotes',
      data: { text: `To inwestycja nr ${i + 1}, na którą mieszkańcy czekali od lat.`, speaker: person.id, status: 'approved' },
      ...o,
    })
    quoteIds.push(q.id)
  }
  const mediaIds: number[] = []
  for (let i = 0; i < media; i++) {
    const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 20 * i, g: 80, b: 160 } } }).png().toBuffer()
    const m = await payload.create({
      collection: 'media',
      data: { alt: `Zdjęcie ${i + 1}` } as never,
      file: { data: png, mimetype: 'image/png', name: `bench-${i + 1}.png`, size: png.length },
      ...o,
    })
    mediaIds.push(m.id)
  }
  const releaseIds: number[] = []
  const future = new Date(Date.now() + 30 * 86_400_000).toISOString()
  // 250 releases per transaction: one commit (one fsync on SQLite) per batch, not per release.
  let req: PayloadRequest | undefined
  for (let i = 1; i <= releases; i++) {
    if (!req) {
      req = await createLocalReq({}, payload)
      await initTransaction(req)
    }
    const embargoed = i % 10 === 0 && i > 5
    const release = await payload.create({
      collection: 'press-releases',
      data: {
        headline: `Komunikat ${i}: nowa linia tramwajowa w Nowej Hucie`,
        lead: 'Od poniedziałku rusza budowa nowej trasy tramwajowej w północno-wschodniej części miasta.',
        place: 'Kraków',
        date: '2025-10-15T10:00:00.000Z',
        releaseType: embargoed ? 'embargoed' : 'immediate',
        ...(embargoed ? { embargoUntil: future } : {}),
        body: body(),
        quotes: [quoteIds[i % quoteIds.length]],
        media: [mediaIds[i % mediaIds.length]],
        _status: 'published',
      } as never,
      req,
      ...o,
    })
    releaseIds.push(release.id)
    if (i % 250 === 0 || i === releases) {
      await commitTransaction(req)
      req = undefined
    }
    if (i % 1000 === 0) log(i)
  }
  let packId: number | null = null
  if (releaseIds.length >= 20) {
    const pack = await payload.create({
      collection: 'press-packs',
      data: { title: 'Pakiet: 20 komunikatów', date: '2025-10-20T10:00:00.000Z', releases: releaseIds.slice(0, 20), _status: 'published' },
      ...o,
    })
    packId = pack.id
  }
  return { releaseIds, quoteIds, mediaIds, packId }
}
