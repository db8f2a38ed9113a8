import '@fontsource/noto-serif/400.css'
import '@fontsource/noto-serif/400-italic.css'
import '@fontsource/noto-serif/700.css'
import '@fontsource/noto-sans/400.css'
import '@fontsource/noto-sans/600.css'
import '@fontsource/noto-sans/700.css'
import '../../../(newsroom)/newsroom.css'
import './personal.css'

import type { Metadata } from 'next'
import React from 'react'

export const dynamic = 'force-dynamic'

// A personal link is nobody else's: not indexed, and never passed on as a Referer.
export const metadata: Metadata = {
  robots: { index: false, follow: false },
  referrer: 'no-referrer',
}

/** The root layout of a journalist's personal copy: the newsroom's look, none of its navigation. */
export default function PersonalCopyLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="pl">
      <body>
        <main id="content" className="wrap" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  )
}
