import { exportForAnonymous } from '../../../../../../collections/shared/anonymousExport'
import { anonymousExportRoute } from '../../../anonymousExportRoute'

/** GET /api/press-releases/:id/pdf|html|txt: anonymous readers from the render store. */
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = anonymousExportRoute(
  'press-releases',
  ['pdf', 'html', 'txt'],
  exportForAnonymous,
)
