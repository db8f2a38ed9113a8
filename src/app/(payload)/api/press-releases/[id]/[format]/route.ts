import { anonymousExportRoute } from '../../../anonymousExportRoute'

/** /api/press-releases/:id/pdf|html|txt: anonymous readers answered by the export route. */
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = anonymousExportRoute('press-releases')
