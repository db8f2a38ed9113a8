import type { RecordView } from '../record/view'
import type { BoilerplateView, ContactView, QuoteView, ReleaseView } from './view'

export const WIDTH = 78

/**
 * Wraps at `width` columns on ordinary spaces only, so the no-break spaces of Polish typography
 * keep "w Krakowie" and "15 km" together. A word longer than a line (a URL) gets a line of its own.
 */
export const wrap = (text: string, width = WIDTH, indent = ''): string =>
  text
    .split('\n')
    .map((line) => {
      const lines: string[] = []
      let current = ''
      for (const word of line.split(/ +/).filter(Boolean)) {
        if (!current) current = indent + word
        else if (current.length + 1 + word.length <= width) current += ` ${word}`
        else {
          lines.push(current)
          current = indent + word
        }
      }
      lines.push(current)
      return lines.join('\n')
    })
    .join('\n')

const quoteText = (q: QuoteView) =>
  `${wrap(q.text)}\n${wrap(`— ${[q.speaker, q.role].filter(Boolean).join(', ')}`)}`

const contactText = (c: ContactView, phone: string) =>
  [c.name, c.role, [c.email, c.phone && `${phone} ${c.phone}`].filter(Boolean).join(', ')]
    .filter(Boolean)
    .map((l) => wrap(l as string))
    .join('\n')

const boilerplateText = (b: BoilerplateView) =>
  [b.title, ...b.paragraphs.map((p) => wrap(p))].join('\n')

const rule = '-'.repeat(WIDTH)

const recordText = (record: RecordView) =>
  [`${record.title}:`, ...record.rows.map((r) => wrap(`${r.label}: ${r.value}`))].join('\n')
/** First published, last updated, and the notes newest first: under the headline. */
const changesText = ({ changes, labels }: ReleaseView): string =>
  [
    wrap(
      [
        changes!.firstPublished && `${labels.firstPublished}: ${changes!.firstPublished}.`,
        `${labels.lastUpdated}: ${changes!.lastUpdated}.`,
      ]
        .filter(Boolean)
        .join(' '),
    ),
    `${labels.changes}:`,
    ...changes!.notes.map((n) => wrap(`– ${n.when} – ${n.kind}: ${n.text}`)),
  ].join('\n')

/** The plain-text release: the same parts as the PDF, wrapped at 78 columns. */
export const releaseText = (view: ReleaseView, options: { standalone?: boolean } = {}): string => {
  const { labels } = view
  const head = [
    ...(view.draft ? [`*** ${labels.draftMark} — ${labels.draftNote} ***`] : []),
    ...(view.preparedFor ? [wrap(`*** ${view.preparedFor} ***`)] : []),
    ...(view.withdrawn ? [wrap(`*** ${view.withdrawn.notice} ***`)] : []),
    ...(options.standalone === false
      ? []
      : [
          wrap([view.office.city.toUpperCase(), view.office.name].filter(Boolean).join(' · ')),
          ...view.office.lines.map((l) => wrap(l)),
          rule,
        ]),
    labels.kind,
    ...(view.embargo ? [wrap(`${labels.embargo} ${view.embargo}`)] : []),
  ].join('\n')
  const body: string[] = []
  view.bodyBlocks.forEach((b, i) => {
    if (b.kind === 'item') {
      // List items stay together, continuation lines indented under the text.
      const item = wrap(`${b.marker} ${b.text}`, WIDTH - 2).replace(/\n/g, '\n  ')
      if (view.bodyBlocks[i - 1]?.kind === 'item') body[body.length - 1] += `\n${item}`
      else body.push(item)
    } else if (b.kind === 'table')
      // One line per cell (or row), a long one continuing indented under its start.
      body.push(
        b.text
          .split('\n')
          .map((line) => wrap(line, WIDTH - 2).replace(/\n/g, '\n  '))
          .join('\n'),
      )
    else if (b.kind === 'heading') body.push(wrap(b.text.toUpperCase()))
    else if (b.kind === 'quote') body.push(wrap(b.text, WIDTH, '    '))
    else body.push(wrap(b.text))
  })
  const photos = view.photos
    .map((p) =>
      [p.caption, p.credit && `${labels.photoCredit} ${p.credit}`].filter(Boolean).join(' — '),
    )
    .filter(Boolean)
  const parts = [
    head,
    view.dateline,
    wrap(view.headline),
    ...(view.subheadline ? [wrap(view.subheadline)] : []),
    ...(view.changes ? [changesText(view)] : []),
    ...(view.lead ? [wrap(view.lead)] : []),
    ...body,
    ...view.quotes.map(quoteText),
    ...(photos.length
      ? [[`${labels.photos}:`, ...photos.map((p) => wrap(`– ${p}`))].join('\n')]
      : []),
    labels.endMark,
    ...(options.standalone === false || !view.easyRead.length
      ? []
      : [
          [
            labels.easyRead.toUpperCase(),
            ...view.easyRead.map((lines) => lines.map((l) => wrap(l)).join('\n')),
          ].join('\n\n'),
        ]),
    ...(options.standalone === false ? [] : view.boilerplates.map(boilerplateText)),
    ...(options.standalone === false || !view.contacts.length
      ? []
      : [
          `${labels.contact}:\n${view.contacts.map((c) => contactText(c, labels.phone)).join('\n\n')}`,
        ]),
    ...(options.standalone === false || !view.record.inDocuments ? [] : [recordText(view.record)]),
  ]
  return `${parts.join('\n\n')}\n`
}
