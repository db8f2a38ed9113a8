import type { PayloadRequest } from 'payload'

import { recordAuditEvent } from '../../../audit/record'
import { editorDecisionRefused } from '../../../access/journalistDecisions'
import { canManagePersonalData } from '../../../access/roles'
import { nowOf } from '../../../lib/clock'
import { refused } from '../../../lib/errors'
import { type CustomKey, say } from '../../../lib/translations'
import { staffEndpoint } from '../../../lib/staffEndpoint'
import {
  importJournalists,
  journalistImportLimits,
  tooLarge,
} from '../../../distribution/importJournalists'
import { eraseJournalist, exportJournalist } from '../../../distribution/personalData'

const adminOnly = (req: PayloadRequest, refusal: CustomKey) => {
  if (!canManagePersonalData(req.user)) throw refused(refusal, {}, 403)
}

// The file's bytes: the import decodes them (UTF-8 or Windows-1250).
const csvOf = async (req: PayloadRequest): Promise<Uint8Array> => {
  const bytes = req.file
    ? req.file.data
    : new Uint8Array((await req.arrayBuffer?.()) ?? new ArrayBuffer(0))
  if (bytes.length > journalistImportLimits.bytes) throw tooLarge()
  if (!bytes.length) throw refused('refuseJournalistsNoFile')
  return bytes
}

/**
 * POST /api/journalists/import[?consent=confirmed] — a CSV file (name, email, outlet, languages,
 * topics) as multipart "file" or a text/csv body → the report of what was imported and why each
 * other row was not. Staff, like creating a journalist by hand.
 */
export const importEndpoint = staffEndpoint({
  path: '/import',
  method: 'post',
  logIn: 'refuseLogInImportJournalists',
  bodyLimit: { bytes: journalistImportLimits.bytes, refusal: tooLarge },
  handler: async (req) => {
    const consentConfirmed = req.searchParams.get('consent') === 'confirmed'
    if (consentConfirmed && editorDecisionRefused(req.user, { consent: 'confirmed' })) {
      throw refused('journalistConsentEditorsOnly', {}, 403)
    }
    const report = await importJournalists(req.payload, await csvOf(req), {
      user: req.user!,
      consentConfirmed,
      now: nowOf(req),
      say: (key, vars) => say(req.t, key, vars),
    })
    return Response.json(report)
  },
})

/** GET /api/journalists/:id/export — everything held about one journalist, as JSON. Admins. */
export const exportEndpoint = staffEndpoint({
  path: '/:id/export',
  method: 'get',
  logIn: 'refuseLogInExportJournalist',
  handler: async (req) => {
    adminOnly(req, 'refuseAdminsOnlyExport')
    const id = String(req.routeParams?.id)
    const data = await exportJournalist(req.payload, id, nowOf(req))
    // The entry names the record only: nothing personal goes into the trail.
    await recordAuditEvent(
      { payload: req.payload, req },
      { action: 'journalist-exported', doc: { collection: 'journalists', id: data.journalist.id } },
    )
    return Response.json(data, {
      headers: {
        'Content-Disposition': `attachment; filename="journalist-${data.journalist.id}.json"`,
        'Cache-Control': 'no-store',
      },
    })
  },
})

/** POST /api/journalists/:id/erase — drops the personal fields, keeps the delivery counts. Admins. */
export const eraseEndpoint = staffEndpoint({
  path: '/:id/erase',
  method: 'post',
  logIn: 'refuseLogInEraseJournalist',
  handler: async (req) => {
    adminOnly(req, 'refuseAdminsOnlyErase')
    const erased = await eraseJournalist(req.payload, String(req.routeParams?.id))
    await recordAuditEvent(
      { payload: req.payload, req },
      {
        action: 'journalist-erased',
        doc: { collection: 'journalists', id: String(req.routeParams?.id) },
      },
    )
    return Response.json(erased)
  },
})
