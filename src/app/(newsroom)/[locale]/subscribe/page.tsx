import './subscribe.css'

import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { siteWords } from '../../../../newsroom/words'
import { isLocale, localeNames, locales } from '../../../../lib/locales'
import { publicTopics } from '../../../../newsroom/releases'
import { newsroomPayload } from '../../_components/payload'

type Props = {
  params: Promise<{ locale: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: siteWords(locale).signup.title } : {}
}

/**
 * The sign-up form: a plain form post to POST /api/journalists/subscribe, so it works without
 * JavaScript; the endpoint sends the visitor back here with `?status=`.
 */
export default async function SubscribePage({ params, searchParams }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const w = siteWords(locale).signup
  const status = (await searchParams).status
  const topics = await publicTopics(await newsroomPayload(), new Date())
  const notice =
    status === 'sent'
      ? w.sent
      : status === 'confirmed'
        ? w.confirmed
        : status === 'invalid'
          ? w.invalid
          : null
  return (
    <section className="signup">
      <h1>{w.title}</h1>
      {notice && (
        <p
          className={status === 'invalid' ? 'notice error' : 'notice'}
          role={status === 'invalid' ? 'alert' : 'status'}
        >
          {notice}
        </p>
      )}
      {status !== 'confirmed' && (
        <form method="post" action="/api/journalists/subscribe">
          <p className="intro">{w.intro}</p>
          <input type="hidden" name="locale" value={locale} />
          <label htmlFor="signup-email">{w.email}</label>
          <input
            id="signup-email"
            type="email"
            name="email"
            required
            maxLength={254}
            autoComplete="email"
          />
          <label htmlFor="signup-name">{w.name}</label>
          <input
            id="signup-name"
            type="text"
            name="name"
            required
            maxLength={200}
            autoComplete="name"
          />
          <label htmlFor="signup-outlet">{w.outlet}</label>
          <input
            id="signup-outlet"
            type="text"
            name="outlet"
            maxLength={200}
            autoComplete="organization"
          />
          <div className="trap" aria-hidden="true">
            <label htmlFor="signup-website">{w.honeypot}</label>
            <input
              id="signup-website"
              type="text"
              name="website"
              tabIndex={-1}
              autoComplete="off"
            />
          </div>
          <fieldset>
            <legend>{w.languages}</legend>
            {locales.map((l) => (
              <label key={l}>
                <input type="checkbox" name="languages" value={l} defaultChecked={l === locale} />
                <span lang={l}>{localeNames[l]}</span>
              </label>
            ))}
          </fieldset>
          {topics.length > 0 && (
            <fieldset>
              <legend>{w.topics}</legend>
              {topics.map((t) => (
                <label key={t}>
                  <input type="checkbox" name="topics" value={t} />
                  {t}
                </label>
              ))}
              <p className="hint">{w.topicsHint}</p>
            </fieldset>
          )}
          <button type="submit">{w.submit}</button>
          <p className="privacy">{w.privacy}</p>
        </form>
      )}
    </section>
  )
}
