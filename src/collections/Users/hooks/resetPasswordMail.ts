import type { PayloadRequest } from 'payload'

import { formatAdminURL } from 'payload/shared'

import { linkBaseFor } from '../../../lib/requestOrigin'
import { escapeHtml } from '../../../lib/escapeHtml'

/**
 * The password-reset mail: Payload's own words, with a link a mail program can open. Payload
 * makes it from its serverURL, which is empty without PRESSROOM_PUBLIC_URL: a relative link.
 */
export const resetPasswordMail = (args?: { req?: PayloadRequest; token?: string }): string => {
  const { req, token } = args ?? {}
  if (!req || !token) throw new Error('Payload called the reset mail without a request or token')
  const link = formatAdminURL({
    adminRoute: req.payload.config.routes.admin,
    path: `${req.payload.config.admin.routes.reset}/${token}`,
    serverURL: linkBaseFor(req),
  })
  return [
    req.t('authentication:youAreReceivingResetPassword'),
    `<a href="${escapeHtml(link)}">${escapeHtml(link)}</a>`,
    req.t('authentication:youDidNotRequestPassword'),
  ].join('\n')
}
