import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@fontsource/noto-serif/700.css'
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import '@fontsource/noto-sans/700.css'
import '../newsroom.css'

import type { Metadata } from 'next'
import React from 'react'

import { emergencyNotice } from '../../../crisis/emergency'
import { defaultLocale, isLocale } from '../../../lib/locales'
import { publicBaseUrl } from '../../../newsroom/publicUrl'
import { siteWords } from '../../../newsroom/words'
import { statementUrl } from '../../../statement/statement'
import { EmergencyBanner } from '../_components/EmergencyBanner'
import { officeFor } from '../_components/payload'
import { SiteFooter } from '../_components/SiteFooter'
import { SiteHeader } from '../_components/SiteHeader'

export const dynamic = 'force-dynamic'

export const generateMetadata = async ({
  params,
}: {
  params: Promise<{ locale: string }>
}): Promise<Metadata> => {
  const { locale: segment } = await params
  const locale = isLocale(segment) ? segment : defaultLocale
  const office = await officeFor(locale)
  const site = `${office.officeName || siteWords(locale).newsroom} · ${office.city}`
  return {
    metadataBase: new URL(publicBaseUrl()),
    title: { template: `%s · ${site}`, default: site },
    // The accessibility statement's address, as the ministry's technical conditions ask of every page.
    other: { 'deklaracja-dostępności': statementUrl(locale) },
  }
}

/** The newsroom's root layout (Payload's admin has its own under (payload)). */
export default async function NewsroomLayout({
  children,
  params,
}: {
  children: React.ReactNode
  params: Promise<{ locale: string }>
}) {
  const { locale: segment } = await params
  const locale = isLocale(segment) ? segment : defaultLocale
  const notice = emergencyNotice(await officeFor(locale), locale)
  return (
    <html lang={locale}>
      <body>
        <SiteHeader locale={locale} />
        <EmergencyBanner notice={notice} locale={locale} />
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
