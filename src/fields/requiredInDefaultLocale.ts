import type { TextFieldSingleValidation } from 'payload'

import { defaultLocale } from '../lib/locales'

/**
 * A localized text required in the default language only: the other languages fall back to it.
 * The field shows as optional in the admin; saving the default language without it is refused
 * with Payload's own "this field is required".
 */
export const requiredInDefaultLocale: TextFieldSingleValidation = (value, { req }) =>
  (req.locale && req.locale !== defaultLocale) || (typeof value === 'string' && value.trim())
    ? true
    : req.t('validation:required')
