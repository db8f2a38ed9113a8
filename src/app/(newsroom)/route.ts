import { defaultLocale } from '../../lib/locales'

/** `/` → the office's default language (a relative Location: right behind any proxy). */
export const GET = () =>
  new Response(null, { status: 307, headers: { Location: `/${defaultLocale}` } })
