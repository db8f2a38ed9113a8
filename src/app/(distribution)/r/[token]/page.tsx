import config from '@payload-config'
import { notFound, redirect } from 'next/navigation'
import { getPayload } from 'payload'
import React, { cache } from 'react'

import { buildReleaseView } from '../../../../generator/releaseView'
import { mailLabels } from '../../../../distribution/message'
import { openPersonalLink } from '../../../../distribution/personalLinks'
import { emergencyNotice } from '../../../../crisis/emergency'
import { EmergencyBanner } from '../../../(newsroom)/_components/EmergencyBanner'
import { ReleaseArticle } from '../../../(newsroom)/_components/ReleaseArticle'

type Props = { params: Promise<{ token: string }> }

/** One open (and one logged use) per request, however many components ask. */
const formats = ['pdf', 'html', 'txt']

const open = cache(async (token: string) =>
  openPersonalLink(await getPayload({ config }), token, 'page'),
)

/**
 * /r/{token}: one journalist's copy, on the newsroom's release markup. Before the embargo lifts
 * only this token opens it, stamped with their name; afterwards it leads to the public page.
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
      <EmergencyBanner notice={emergencyNotice(office, locale)} locale={locale} />
      <p className="notice personal-banner" lang={locale} data-testid="prepared-for">
        <strong>{view.preparedFor}</strong>
        {words.personalNote}
      </p>
      <ReleaseArticle
        view={view}
        lang={locale}
        embargo={view.embargo}
        downloadsTitle={words.downloads}
        downloads={formats.map((f) => ({ label: f.toUpperCase(), href: `${here}/${f}` }))}
      >
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
      </ReleaseArticle>
    </>
  )
}
