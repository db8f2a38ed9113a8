import type { Payload } from 'payload'

import sharp from 'sharp'

import type { PressRelease } from '../../src/payload-types'

import { doc as lexicalDoc, heading, link, paragraph, table } from './lexical'
import { hoursFromNow, makeQuote, makeRelease } from './content'

/** The newsroom's sample set, made through the Local API: what each surface must show or hide. */
export type NewsroomContent = Awaited<ReturnType<typeof makeNewsroomContent>>

const uploadPhoto = async (
  payload: Payload,
  name: string,
  alt: string,
  extra: Record<string, unknown> = {},
) => {
  const png = await sharp({ create: { width: 64, height: 40, channels: 3, background: '#123a7a' } })
    .png()
    .toBuffer()
  return payload.create({
    collection: 'media',
    data: { alt, ...extra },
    file: { data: png, mimetype: 'image/png', name: `${name}.png`, size: png.length },
    overrideAccess: true,
  })
}

const doc = (...nodes: Parameters<typeof lexicalDoc>) =>
  lexicalDoc(...nodes) as PressRelease['body']

const translate = (
  payload: Payload,
  id: number,
  locale: 'en' | 'uk',
  data: Partial<PressRelease>,
) => payload.update({ collection: 'press-releases', id, locale, data, overrideAccess: true })

export const makeNewsroomContent = async (
  payload: Payload,
  options: { hostileHost?: string } = {},
) => {
  const quote = await makeQuote(payload, {
    status: 'approved',
    text: 'Nowe przystanki skrócą drogę do szkoły tysiącom dzieci.',
  })
  const contact = await payload.create({
    collection: 'press-contacts',
    data: {
      name: 'Katarzyna Nowacka',
      role: 'Rzeczniczka prasowa',
      email: 'rzecznik@krakow.example',
      phone: '+48 12 555 01 10',
    },
    overrideAccess: true,
  })
  const boilerplate = await payload.create({
    collection: 'boilerplates',
    data: { title: 'O Krakowie', text: 'Kraków to drugie co do wielkości miasto Polski.' },
    overrideAccess: true,
  })
  const photo = await uploadPhoto(
    payload,
    'przystanek',
    'Nowy przystanek tramwajowy przy ulicy Starowiślnej',
    {
      caption: 'Przystanek Starowiślna',
      credit: 'Jan Kowalski / UMK',
    },
  )
  // The release is published in English too: its photo needs the English alt text.
  await payload.update({
    collection: 'media',
    id: photo.id,
    locale: 'en',
    data: { alt: 'A new tram stop on Starowiślna Street' },
    overrideAccess: true,
  })

  const published = await makeRelease(payload, {
    _status: 'published',
    headline: 'Nowe przystanki tramwajowe na Kazimierzu',
    subheadline: 'Krótsza droga do szkoły dla dzieci z Kazimierza',
    date: hoursFromNow(-30),
    lead: 'Od poniedziałku pasażerowie wsiądą do tramwajów na dwóch nowych przystankach w Krakowie.',
    body: doc(
      paragraph(
        'Przystanki powstały przy ulicy Starowiślnej i przy placu Wolnica; źródła finansowania to budżet miasta.',
      ),
      heading('h2', 'Rozkład jazdy'),
      paragraph('Tramwaje linii 3 i 24 zatrzymają się na nich co kilka minut.'),
      table([
        ['Linia', 'W dni robocze', 'W weekendy'],
        ['3', 'co 6 minut', 'co 10 minut'],
        ['24', 'co 10 minut', 'co 15 minut'],
      ]),
    ),
    topics: ['transport', 'tramwaje'],
    quotes: [quote.id],
    media: [photo.id],
    contacts: [contact.id],
    boilerplates: [boilerplate.id],
  })
  await translate(payload, published.id, 'en', {
    headline: 'New tram stops in Kazimierz',
    lead: 'From Monday passengers will board trams at two new stops in Kraków.',
  })

  // Public once its embargo lifted an hour ago: its public time is the embargo's end.
  const lifted = await makeRelease(payload, {
    _status: 'published',
    headline: 'Wyniki konkursu na projekt placu Nowego',
    date: hoursFromNow(-48),
    embargoUntil: hoursFromNow(-1),
    // Published two hours before the lift (a release published after its embargo time would be
    // public since its publication).
    firstPublishedAt: hoursFromNow(-3),
    lead: 'Jury wybrało projekt, który zamieni plac w zielony rynek.',
    topics: ['architektura'],
  })

  const embargoed = await makeRelease(payload, {
    _status: 'published',
    headline: 'Tajne plany nowej linii metra pod Rynkiem',
    date: hoursFromNow(-2),
    embargoUntil: hoursFromNow(20),
    lead: 'Ten tekst nie może wyciec przed końcem embarga.',
    topics: ['transport'],
  })
  const draft = await makeRelease(payload, {
    _status: 'draft',
    headline: 'Szkic komunikatu o remoncie mostu Grunwaldzkiego',
    lead: 'Jeszcze nieopublikowany szkic.',
    topics: ['transport'],
  })

  // Written in Polish only: /uk/… shows the Polish text, marked as such.
  const polishOnly = await makeRelease(payload, {
    _status: 'published',
    headline: 'Źródła ciepła w Nowej Hucie przejdą modernizację',
    date: hoursFromNow(-70),
    lead: 'Ciepłownia zmniejszy emisję pyłów o połowę.',
    body: doc(paragraph('Modernizacja potrwa dwa lata i obejmie trzy kotłownie.')),
    topics: ['klimat'],
  })

  const hostile = options.hostileHost
    ? await makeRelease(payload, {
        _status: 'published',
        headline: `Komunikat z <img src="${options.hostileHost}/headline.png"> w tytule`,
        date: hoursFromNow(-90),
        lead: `<script src="${options.hostileHost}/lead.js"></script>Lead z próbą wstrzyknięcia.`,
        body: doc(
          paragraph(
            `<img src="${options.hostileHost}/body.png" onerror="fetch('${options.hostileHost}/onerror')">`,
          ),
          paragraph(link(`javascript:fetch('${options.hostileHost}/js-link')`, 'kliknij')),
          paragraph(
            `<iframe src="${options.hostileHost}/frame"></iframe><link rel="stylesheet" href="${options.hostileHost}/style.css">`,
          ),
        ),
        media: [
          (
            await uploadPhoto(payload, 'hostile', `"><img src="${options.hostileHost}/alt.png">`, {
              caption: `<img src="${options.hostileHost}/caption.png">`,
            })
          ).id,
        ],
      })
    : null

  const pack = await payload.create({
    collection: 'press-packs',
    data: {
      title: 'Pakiet: tramwaje na Kazimierzu',
      intro: 'Wszystko o nowych przystankach.',
      date: hoursFromNow(-24),
      releases: [published.id, lifted.id],
      _status: 'published',
    },
    overrideAccess: true,
  })
  const hiddenPack = await payload.create({
    collection: 'press-packs',
    data: {
      title: 'Pakiet z embargiem',
      date: hoursFromNow(-24),
      releases: [published.id, embargoed.id],
      _status: 'published',
    },
    overrideAccess: true,
  })

  return {
    quote,
    contact,
    boilerplate,
    photo,
    published,
    lifted,
    embargoed,
    draft,
    polishOnly,
    hostile,
    pack,
    hiddenPack,
  }
}
