import { isAdmin } from '../../../access/roles'
import { auditCsv, type AuditRow } from '../../../audit/csv'
import { auditRangeWhere, BadRangeBound } from '../../../audit/range'
import { refusal } from '../../../lib/refusal'
import { staffEndpoint } from '../../../lib/staffEndpoint'

/**
 * GET /api/audit-events/csv?from=&to= — the trail (oldest first) as a CSV file. Admins only; a
 * bound that is neither a day nor a moment is a 400 naming the field.
 */
export const auditCsvEndpoint = staffEndpoint({
  path: '/csv',
  method: 'get',
  logIn: 'refuseLogInAuditCsv',
  handler: async (req) => {
    if (!isAdmin(req.user)) throw refusal(req, 'auditAdminsOnly')
    const from = req.searchParams.get('from')
    const to = req.searchParams.get('to')
    let where
    try {
      where = auditRangeWhere(from, to)
    } catch (error) {
      if (error instanceof BadRangeBound) {
        throw refusal(req, 'auditDateInvalid', { field: error.field }, 400)
      }
      throw error
    }
    const { docs } = await req.payload.find({
      collection: 'audit-events',
      where,
      sort: 'at',
      pagination: false,
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req,
    })
    const name = `dziennik-zdarzen${from ? `-od-${from.slice(0, 10)}` : ''}${to ? `-do-${to.slice(0, 10)}` : ''}.csv`
    return new Response(auditCsv(docs as unknown as AuditRow[]), {
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="${name}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
})
