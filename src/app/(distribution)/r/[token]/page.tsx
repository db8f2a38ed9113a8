import config from '@payload-config'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React, { cache } from 'react'

import { buildReleaseView } from '../../../../generator/releaseView'
import { mailLabels } from '../../../../distribution/message'
import { openPersonalLink } from '../../../../distribution/personalLinks'

type Props = { params: Promise<{ token: string }> }

/** One open (and one logged use) per request, however many components ask. */
const open = cache(async (token: string) =>
  openPersonalLink(await getPayload({ config }), token, 'page'),
)

const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * /r/{token}: the newsroom-style page of one journalist's copy. Before the embargo lifts only
 * this token opens it, stamped with their name; afterwards it leads to the public page.
 */
export default async function PersonalCopyPage({ params }: Props) {
  const { token } = await params
  const link = await open(token)
  if (!link) notFound()
  if (link.kind === 'public') redirect(link.location)
  const { release, office, locale, preparedFor } = link.loaded
  // Photos of an embargoed release are not public yet: listed by caption, as in the mail.
  const view = buildReleaseView(release, {
    locale,
    office,
    assets: { stylesheets: [], imageSrc: () => null },
    draft: false,
    preparedFor,
  })
  const words = mailLabels(locale)
  const here = `/r/${encodeURIComponent(token)}`
  return (
    <>
      <header className="personal-brand">
        <span className="brand__city">{view.office.city}</span>
        <span className="brand__office">{view.office.name}</span>
      </header>
      <p className="notice personal-banner" lang={locale} data-testid="prepared-for">
        <strong>{view.preparedFor}</strong>
        {words.personalNote}
      </p>
      <div className="release">
        <article lang={locale}>
          <p className="kind">{view.labels.kind}</p>
          {view.embargo && (
            <p className="embargo-line">
              {view.labels.embargo} {view.embargo}
            </p>
          )}
          <p className="meta">{view.dateline}</p>
          <h1>{view.headline}</h1>
          {view.subheadline && <p className="subheadline">{view.subheadline}</p>}
          {view.lead && <p className="lead">{view.lead}</p>}
          {/* Lexical → HTML by the generator, through its allow-list (sanitizeBody.ts): nothing that loads or runs. */}
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
          {view.photos.length > 0 && (
            <section>
              <h2>{view.labels.photos}</h2>
              <ul>
                {view.photos.map((p, i) => (
                  <li key={i}>
                    {p.caption ?? p.alt}
                    {p.credit && ` ${view.labels.photoCredit} ${p.credit}`}
                  </li>
                ))}
              </ul>
            </section>
          )}
          <p className="meta" aria-hidden="true">
            {view.labels.endMark}
          </p>
          {view.boilerplates.map((b) => (
            <section className="boilerplate" key={b.title}>
              <h2>{b.title}</h2>
              {b.paragraphs.map((p, i) => (
                <p key={i}>{p}</p>
              ))}
            </section>
          ))}
        </article>
        <aside className="sidebar" lang={locale}>
          <section aria-labelledby="downloads">
            <h2 id="downloads">{words.downloads}</h2>
            <ul>
              <li>
                <a className="button" href={`${here}/pdf`}>
                  PDF
                </a>
              </li>
              <li>
                <a className="button button--plain" href={`${here}/html`}>
                  HTML
                </a>
              </li>
              <li>
                <a className="button button--plain" href={`${here}/txt`}>
                  TXT
                </a>
              </li>
            </ul>
          </section>
          {view.contacts.length > 0 && (
            <section aria-labelledby="contact">
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
        </aside>
      </div>
    </>
  )
}
