import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { isLocale } from '../../../../../lib/locales'
import { fill, statementWords } from '../../../../../newsroom/words'
import { statementView } from '../../../../../statement/statement'
import { officeFor } from '../../../_components/payload'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: statementWords[locale].title } : {}
}

const Day = ({ id, day, none }: { id?: string; day: string | null; none: string }) =>
  day ? (
    <time id={id} dateTime={day}>
      {day}
    </time>
  ) : (
    <span id={id}>{none}</span>
  )

/**
 * The accessibility statement (deklaracja dostępności) in the structure and with the element ids
 * (a11y-*) of the ministry's technical conditions, filled from the office settings; the ids and
 * what they hold are listed in docs/ACCESSIBILITY.md.
 */
export default async function StatementPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const w = statementWords[locale]
  const office = await officeFor(locale)
  const s = statementView(office, locale)
  const tel = s.contactPhone?.replace(/[^\d+]/g, '')
  return (
    <div className="statement">
      <h1>{w.title}</h1>
      <p id="a11y-wstep">
        <span id="a11y-podmiot">{s.bodyName}</span> {w.intro}{' '}
        <span id="a11y-zakres">{w.scope}</span> {w.introAfterScope}{' '}
        <a id="a11y-url" href={s.siteUrl}>
          {fill(w.siteName, { office: office.officeName || office.city })}
        </a>
        {w.introAfterUrl}
      </p>
      <ul>
        <li>
          {w.publishedOn} <Day id="a11y-data-publikacja" day={s.publishedOn} none={w.notSet} />
        </li>
        <li>
          {w.updatedOn} <Day id="a11y-data-aktualizacja" day={s.updatedOn} none={w.notSet} />
        </li>
      </ul>

      <h2>{w.statusHeading}</h2>
      <p id="a11y-status" data-status={s.status}>
        {w.status[s.status]}
      </p>
      {s.notAccessible.length > 0 && (
        <>
          <h3>{w.notAccessibleHeading}</h3>
          <ul className="statement__list">
            {s.notAccessible.map((item, i) => (
              <li key={i}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {s.burdenAnalysisUrl && (
        <p>
          <a id="a11y-ocena" href={s.burdenAnalysisUrl}>
            {w.burdenAnalysis}
          </a>
        </p>
      )}

      <h2>{w.preparationHeading}</h2>
      <p>
        {w.preparedOn} <Day id="a11y-data-sporzadzenie" day={s.preparedOn} none={w.notSet} />.
        {s.reviewedOn && (
          <>
            {' '}
            {w.reviewedOn} <Day id="a11y-data-przeglad" day={s.reviewedOn} none={w.notSet} />.
          </>
        )}
      </p>
      <p>{w.assessment}</p>

      <h2 id="a11y-kontakt">{w.contactHeading}</h2>
      <p>{w.contactIntro}</p>
      <ul>
        <li>
          {w.person} <span id="a11y-osoba">{s.contactPerson ?? w.notSet}</span>
        </li>
        <li>
          {w.email}{' '}
          {s.contactEmail ? (
            <a id="a11y-email" href={`mailto:${s.contactEmail}`}>
              {s.contactEmail}
            </a>
          ) : (
            <span id="a11y-email">{w.notSet}</span>
          )}
        </li>
        <li>
          {w.phone}{' '}
          {s.contactPhone ? (
            <a id="a11y-telefon" href={`tel:${tel}`}>
              {s.contactPhone}
            </a>
          ) : (
            <span id="a11y-telefon">{w.notSet}</span>
          )}
        </li>
      </ul>
      <p>{w.contactRequests}</p>

      <h3 id="a11y-procedura">{w.procedureHeading}</h3>
      {w.procedure.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      <p>{w.complaint}</p>
      <p>
        {w.ombudsman} <a href="https://bip.brpo.gov.pl/">{w.ombudsmanLink}</a>.
      </p>

      <h2 id="a11y-architektura">{w.architectureHeading}</h2>
      {s.architecture.map((p, i) => (
        <p key={i}>{p}</p>
      ))}

      <h2 id="a11y-komunikacja">{w.communicationHeading}</h2>
      {(s.communication.length ? s.communication : [w.notSet]).map((p, i) => (
        <p key={i}>{p}</p>
      ))}

      <h2 id="a11y-aplikacje">{w.appsHeading}</h2>
      {(s.mobileApps.length ? s.mobileApps : [w.noApps]).map((p, i) => (
        <p key={i}>{p}</p>
      ))}
    </div>
  )
}
