import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { isLocale } from '../../../../../lib/locales'
import { pageParam } from '../../../../../newsroom/params'
import { homeUrl } from '../../../../../newsroom/publicUrl'
import { registerPage } from '../../../../../record/register'
import { recordMoment } from '../../../../../record/view'
import { recordPublicWords } from '../../../../../newsroom/words'
import { newsroomPayload, officeZone } from '../../../_components/payload'
import { Pager } from '../../../_components/Pager'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  return {
    title: recordPublicWords[locale].register,
    alternates: {
      canonical: `${homeUrl(locale)}/changes`,
      types: { 'application/atom+xml': `${homeUrl(locale)}/changes.xml` },
    },
  }
}

/**
 * The register of changes (Rejestr zmian): every public event of the releases, newest first, 50 a
 * page — publications, updates and corrections with their notes, minor changes without text,
 * corrections sent, withdrawals.
 */
export default async function RegisterOfChangesPage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const page = pageParam((await searchParams).page)
  const [register, timeZone] = await Promise.all([
    registerPage(await newsroomPayload(), locale, page, new Date()),
    officeZone(locale),
  ])
  const w = recordPublicWords[locale]
  return (
    <>
      <h1>{w.register}</h1>
      <p>
        {w.registerIntro} <a href={`/${locale}/changes.xml`}>Atom</a>
      </p>
      {register.entries.length === 0 ? (
        <p>{w.registerEmpty}</p>
      ) : (
        <ol className="register" data-testid="register">
          {register.entries.map((e) => (
            <li key={e.id}>
              <p className="register__meta">
                <time dateTime={e.at}>{recordMoment(e.at, locale, timeZone)}</time> ·{' '}
                <span className="register__kind">{w.kinds[e.kind]}</span>
              </p>
              <a href={`/${locale}/${e.slug}`} lang={e.headlineLocale}>
                {e.headline}
              </a>
              {e.note && <p className="register__note">{e.note}</p>}
            </li>
          ))}
        </ol>
      )}
      <Pager
        locale={locale}
        page={register.page}
        totalPages={register.totalPages}
        href={(p) => `/${locale}/changes${p > 1 ? `?page=${p}` : ''}`}
      />
    </>
  )
}
