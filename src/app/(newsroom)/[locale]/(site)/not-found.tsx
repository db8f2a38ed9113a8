import React from 'react'

import { NotFoundMessage } from '../../_components/NotFoundMessage'

/**
 * The same 404 text when a page's notFound() is drawn by the browser (Next 16 sends it as an
 * empty shell): a client-side navigation, or a release hidden between the proxy's look and the
 * page's. Readers normally get src/proxy.ts's server-rendered 404 document instead.
 */
export default function NewsroomNotFound() {
  return <NotFoundMessage />
}
