import { exportPackForAnonymous } from '../../../../../../collections/shared/anonymousExport'
import { anonymousExportRoute } from '../../../anonymousExportRoute'

/** GET /api/press-packs/:id/pdf|zip: anonymous readers from the render store. */
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = anonymousExportRoute(
  'press-packs',
  ['pdf', 'zip'],
  exportPackForAnonymous,
)
