import type {
  CollectionAfterChangeHook,
  CollectionBeforeChangeHook,
  Field,
  PayloadRequest,
} from 'payload'

import { releasePublicSince } from '../access/visibility'
import { label } from '../fields/localizedLabel'
import { actorOf, recordReleaseEvent } from './events'

/** The office's default contact (its spokesperson in the seed), the new release's signatory. */
const officeSpokesperson = async ({ req }: { req: PayloadRequest }) => {
  const office = await req.payload.findGlobal({
    slug: 'press-office',
    depth: 0,
    overrideAccess: true,
    req,
    select: { defaultContact: true },
  })
  const contact = office?.defaultContact
  return typeof contact === 'object' && contact ? contact.id : (contact ?? undefined)
}

/** The person responsible for the release (BIP: "odpowiada za treść"), shown in its record. */
export const responsiblePersonField: Field = {
  name: 'responsiblePerson',
  type: 'relationship',
  relationTo: 'press-contacts',
  label: label('Odpowiada za treść', 'Responsible person'),
  defaultValue: officeSpokesperson,
  admin: {
    position: 'sidebar',
    description: label(
      'Rzecznik lub osoba, która podpisuje informację (metryka). Puste: domyślny kontakt biura.',
      'The spokesperson who signs the release (its record). Empty: the office’s default contact.',
    ),
  },
}

/** Who first published the release, by display name: the record's "Udostępnił(a)". */
export const firstPublishedByField: Field = {
  name: 'firstPublishedBy',
  type: 'text',
  admin: { hidden: true, readOnly: true, disableListColumn: true, disableListFilter: true },
  access: { create: () => false, update: () => false },
}

/** Beside `firstPublishedAt` (stamped just before), who published first; kept ever after. */
export const stampFirstPublisher: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (!data.firstPublishedAt || originalDoc?.firstPublishedAt || data.firstPublishedBy) return data
  return { ...data, firstPublishedBy: actorOf(req).actorName }
}

/**
 * The register's publication entry, written by the save that first publishes. It is dated when
 * the public got the release (the embargo's end if later): the register lists it from then.
 */
export const recordFirstPublication: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (!doc.firstPublishedAt || previousDoc?.firstPublishedAt) return doc
  const since = releasePublicSince(doc) ?? doc.firstPublishedAt
  await recordReleaseEvent(req, { release: doc.id, kind: 'published', at: new Date(since) })
  return doc
}
