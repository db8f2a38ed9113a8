import { anonymousExportRoute } from '../../../anonymousExportRoute'

/** /api/press-packs/:id/pdf|zip: anonymous readers answered by the export route. */
export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = anonymousExportRoute('press-packs')
