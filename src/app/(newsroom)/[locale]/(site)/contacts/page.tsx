import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import React from 'react'

import { isLocale } from '../../../../../lib/locales'
import { publicContacts } from '../../../../../newsroom/releases'
import { siteWords } from '../../../../../newsroom/words'
import { newsroomPayload } from '../../../_components/payload'

type Props = { params: Promise<{ locale: string }> }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  return isLocale(locale) ? { title: siteWords(locale).contacts } : {}
}

export default async function ContactsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const w = siteWords(locale)
  const { docs } = await publicContacts(await newsroomPayload(), locale, new Date())
  return (
    <>
      <h1>{w.spokespeople}</h1>
      <ul className="contact-list">
        {docs.map((c) => (
          <li key={c.id}>
            <strong>{c.name}</strong>
            {c.role && <span>{c.role}</span>}
            <br />
            {w.email}: <a href={`mailto:${c.email}`}>{c.email}</a>
            {c.phone && (
              <>
                <br />
                {w.phone} <a href={`tel:${c.phone.replace(/[^\d+]/g, '')}`}>{c.phone}</a>
              </>
            )}
          </li>
        ))}
      </ul>
    </>
  )
}
