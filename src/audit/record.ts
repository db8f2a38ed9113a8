import type { Payload, PayloadRequest } from 'payload'

import type { ActorKind, AuditAction } from './actions'
import type { Changes } from './changes'

import { nowOf } from '../lib/clock'
import { readOfficeTimezone } from '../lib/settings'
import { summaryOf } from './changes'

export const auditCollection = 'audit-events'

/** Who acted, when it is not the request's user (the job runner, a client that was locked out). */
export type Actor = { kind: ActorKind; id?: number | string | null; name: string }

/** Set on a request's context by code acting for nobody in particular (the job runner). */
export const auditActorKey = 'pressroomAuditActor'

export type AuditEntry = {
  action: AuditAction
  doc?: {
    collection: string
    id: number | string
    title?: string | null
    version?: number | string | null
  }
  changes?: Changes
  reason?: string | null
  detail?: string | null
  actor?: Actor
}

type Person = { id: number | string; name?: string | null; email?: string | null }

const actorOf = (target: AuditTarget, entry: AuditEntry): Actor => {
  if (entry.actor) return entry.actor
  const injected = target.req?.context[auditActorKey] as Actor | undefined
  if (injected) return injected
  const user = (target.user ?? target.req?.user) as Person | null | undefined
  if (user) return { kind: 'user', id: user.id, name: user.name || user.email || String(user.id) }
  return { kind: 'system', name: 'system' }
}

/** The calendar day of `at` in the office's timezone, as the admin's "day" filter reads it. */
const dayOf = (at: Date, timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at)

/** Where an entry goes: Payload, the change's request if there is one, and who acted if not it. */
export type AuditTarget = { payload: Payload; req?: PayloadRequest; user?: Person | null }

/**
 * Writes one audit entry: the only way one is written. Given the request of the change, the entry
 * is one insert in that request's transaction, so a change that is rolled back leaves no entry;
 * given only Payload (a refusal that must stay on record, a change made outside a transaction),
 * it is written on its own.
 */
export const recordAuditEvent = async (target: AuditTarget, entry: AuditEntry): Promise<void> => {
  const { payload, req } = target
  const actor = actorOf(target, entry)
  const at = req ? nowOf(req) : new Date()
  const timeZone = await readOfficeTimezone(payload, req)
  const stamp = new Date().toISOString()
  // One insert, straight to the adapter: the entry is built here whole, and the create
  // operation's own reads (hooks, the row read back) would cost ten times the insert.
  await payload.db.create({
    collection: auditCollection,
    data: {
      at: at.toISOString(),
      day: dayOf(at, timeZone),
      action: entry.action,
      actorKind: actor.kind,
      actorId: actor.id === undefined || actor.id === null ? null : String(actor.id),
      actorName: actor.name,
      docCollection: entry.doc?.collection ?? null,
      docId: entry.doc ? String(entry.doc.id) : null,
      docTitle: entry.doc?.title ?? null,
      versionId:
        entry.doc?.version === undefined || entry.doc.version === null
          ? null
          : String(entry.doc.version),
      changes: entry.changes && Object.keys(entry.changes).length ? entry.changes : null,
      summary: summaryOf(entry.changes) || null,
      reason: entry.reason ?? null,
      detail: entry.detail ?? null,
      createdAt: stamp,
      updatedAt: stamp,
    },
    returning: false,
    ...(req ? { req } : {}),
  })
}
