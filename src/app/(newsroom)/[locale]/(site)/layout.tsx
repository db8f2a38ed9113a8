import React from 'react'

/**
 * A segment between the root layout and the pages, so not-found.tsx renders inside the site's
 * header and footer when the browser draws it (a client-side navigation). A request for a hidden
 * or unknown address normally never gets here: src/proxy.ts answers it with the 404 document.
 */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children
}
