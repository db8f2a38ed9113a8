import type { PayloadRequest } from 'payload'

import { publishingRoles } from '../access/roles'
import { type ReviewedCollection, writersOf } from '../access/secondPairOfEyes'
import { linkBaseFor } from '../lib/requestOrigin'
import { say } from '../lib/translations'

/**
 * Tells the editors who may review a submitted text (every editor and admin who did not write
 * it, nor submitted it) by e-mail, through the distribution's mailer (the outbox without SMTP).
 * A mail that cannot be sent does not undo the submission: the dashboard lists it all the same.
 */
export const notifyReviewers = async (
  req: PayloadRequest,
  collection: ReviewedCollection,
  doc: Record<string, unknown> & { id: number | string },
) => {
  const exclude = [...writersOf(doc), req.user!.id].map(String)
  const { docs: editors } = await req.payload.find({
    collection: 'users',
    where: { role: { in: [...publishingRoles] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const title = String((collection === 'press-packs' ? doc.title : doc.headline) ?? '')
  const url = `${linkBaseFor(req as never)}/admin/collections/${collection}/${doc.id}`
  const who = String((req.user as { name?: string }).name ?? req.user!.email)
  for (const editor of editors.filter((u) => !exclude.includes(String(u.id)))) {
    try {
      await req.payload.sendEmail({
        to: { name: editor.name, address: editor.email },
        subject: say(req.t, 'reviewMailSubject', { title }),
        text: say(req.t, 'reviewMailBody', {
          who,
          title,
          url,
          interpolation: { escapeValue: false },
        }),
      })
    } catch (error) {
      req.payload.logger.warn({ err: error }, `review mail to user ${editor.id} not sent`)
    }
  }
}
