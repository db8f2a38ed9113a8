import React from 'react'

/**
 * A segment between the root layout and the pages, so not-found.tsx renders inside the site's
 * header and footer. (With two root layouts, Next 16 sends a hidden page's 404 as its error
 * shell and draws this boundary in the browser; the status is decided on the server.)
 */
export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return children
}
