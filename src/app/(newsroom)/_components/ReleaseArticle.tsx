import React from 'react'

import type { ReleaseView } from '../../../generator/view'
import type { Locale } from '../../../lib/locales'

import { RecordBlock } from './RecordBlock'

export type Download = { label: string; href: string }

type Props = {
  view: ReleaseView
  /** The language the release is written in (the page's own may differ). */
  lang: Locale
  /** When it became public, for the dateline's <time>; none on a copy read before that. */
  publicSince?: string
  /** The embargo line, on a journalist's copy read before the embargo lifts. */
  embargo?: string | null
  /** Above the text: a notice such as the language the release is shown in. */
  notice?: React.ReactNode
  /** Under the text: topic chips, photos. */
  children?: React.ReactNode
  downloadsTitle: string
  /** PDF first, as a filled button; the others plain. */
  downloads: Download[]
  /** At the end of the downloads: the copy-text button. */
  extraDownload?: React.ReactNode
  /** Last in the sidebar: the release in other languages. */
  asideEnd?: React.ReactNode
}

/** First published, last updated, and the notes of updates and corrections, newest first. */
const ChangeNotes = ({ view }: { view: ReleaseView }) => {
  const { changes, labels } = view
  if (!changes) return null
  return (
    <section className="change-notes" aria-labelledby="change-notes-heading">
      <p className="change-notes__dates">
        {changes.firstPublished && changes.firstPublishedAt && (
          <>
            {labels.firstPublished}:{' '}
            <time dateTime={changes.firstPublishedAt}>{changes.firstPublished}</time>.{' '}
          </>
        )}
        {labels.lastUpdated}: <time dateTime={changes.lastUpdatedAt}>{changes.lastUpdated}</time>.
      </p>
      <h2 id="change-notes-heading">{labels.changes}</h2>
      <ul>
        {changes.notes.map((n) => (
          <li key={n.at}>
            <time dateTime={n.at}>{n.when}</time> – <strong>{n.kind}</strong>: {n.text}
          </li>
        ))}
      </ul>
    </section>
  )
}

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * One release as a journalist reads it, on the newsroom's page and on a personal copy
 * (/r/{token}) alike: the text to copy, quotes, boilerplate; the contact and downloads beside it.
 */
export const ReleaseArticle = ({
  view,
  lang,
  publicSince,
  embargo,
  notice,
  children,
  downloadsTitle,
  downloads,
  extraDownload,
  asideEnd,
}: Props) => (
  <div className="release">
    <article lang={lang}>
      {notice}
      {view.easyRead.length > 0 && (
        <p className="easy-read-link">
          <a href="#easy-read">{view.labels.easyRead}</a>
        </p>
      )}
      <div id="release-text">
        <p className="kind">{view.labels.kind}</p>
        {view.withdrawn && (
          <p className="withdrawal-notice" role="note">
            {view.withdrawn.notice}
          </p>
        )}
        {embargo && (
          <p className="embargo-line">
            {view.labels.embargo} {embargo}
          </p>
        )}
        <h1>{view.headline}</h1>
        {view.subheadline && <p className="subheadline">{view.subheadline}</p>}
        {view.changes && <ChangeNotes view={view} />}
        <p className="meta">
          {publicSince ? <time dateTime={publicSince}>{view.dateline}</time> : view.dateline}
        </p>
        {view.lead && <p className="lead">{view.lead}</p>}
        {/* Lexical → HTML by the generator, through its allow-list (sanitizeBody.ts):
            nothing that loads or runs. */}
        <div className="body" dangerouslySetInnerHTML={{ __html: view.bodyHtml }} />
        {view.quotes.map((q, i) => (
          <figure className="quote" key={i}>
            <blockquote>
              <p>{q.text}</p>
            </blockquote>
            <figcaption>
              — <span className="quote__speaker">{q.speaker}</span>
              {q.role && `, ${q.role}`}
            </figcaption>
          </figure>
        ))}
        <p className="meta" aria-hidden="true">
          {view.labels.endMark}
        </p>
      </div>
      {view.easyRead.length > 0 && (
        <section
          className="easy-read"
          id="easy-read"
          lang={lang}
          aria-labelledby="easy-read-heading"
        >
          <h2 id="easy-read-heading">{view.labels.easyRead}</h2>
          {view.easyRead.map((lines, i) => (
            <p key={i}>
              {lines.map((line, j) => (
                <React.Fragment key={j}>
                  {j > 0 && <br />}
                  {line}
                </React.Fragment>
              ))}
            </p>
          ))}
        </section>
      )}
      {children}
      {view.boilerplates.map((b) => (
        <section className="boilerplate" key={b.title}>
          <h2>{b.title}</h2>
          {b.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
      ))}
      <RecordBlock record={view.record} lang={lang} />
    </article>
    <aside className="sidebar">
      {view.contacts.length > 0 && (
        <section aria-labelledby="contact" lang={lang}>
          <h2 id="contact">{view.labels.contact}</h2>
          <ul className="contact-list">
            {view.contacts.map((c) => (
              <li key={c.email}>
                <strong>{c.name}</strong>
                {c.role && <span>{c.role}</span>}
                <br />
                <a href={`mailto:${c.email}`}>{c.email}</a>
                {c.phone && (
                  <>
                    <br />
                    <a href={telHref(c.phone)}>{c.phone}</a>
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="downloads">
        <h2 id="downloads">{downloadsTitle}</h2>
        <ul>
          {downloads.map((d, i) => (
            <li key={d.href}>
              <a className={i === 0 ? 'button' : 'button button--plain'} href={d.href}>
                {d.label}
              </a>
            </li>
          ))}
          {extraDownload && <li>{extraDownload}</li>}
        </ul>
      </section>
      {asideEnd}
    </aside>
  </div>
)
