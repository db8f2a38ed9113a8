import type { Access, CollectionConfig } from 'payload'

import path from 'node:path'

import { editors } from '../access/editors'
import { idsOf, publicReleases } from '../access/publicReleaseIds'
import { staff } from '../access/staff'
import { label } from '../fields/localizedLabel'
import { dataDir } from '../lib/settings'

/**
 * Anonymous readers get a file only if something public shows it: a public release, a person's
 * portrait, or the letterhead. An image attached only to an embargoed release stays private,
 * file URL included (Payload applies read access to /api/media/file/…).
 */
const staffOrPublicMedia: Access = async ({ req }) => {
  if (req.user) return true
  const releases = await publicReleases(req)
  const people = await req.payload.find({
    collection: 'people',
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { photo: true },
  })
  const office = await req.payload.findGlobal({ slug: 'press-office', depth: 0, req, overrideAccess: true })
  const ids = [
    ...releases.flatMap((r) => idsOf(r.media)),
    ...idsOf(people.docs.map((p) => p.photo).filter(Boolean)),
    ...idsOf([office.logo].filter(Boolean)),
  ]
  return { id: { in: ids } }
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: label('Plik', 'Media file'), plural: label('Media', 'Media') },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit'], group: label('Treści', 'Content') },
  access: { read: staffOrPublicMedia, create: staff, update: staff, delete: editors },
  upload: {
    staticDir: path.join(dataDir, 'media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [{ name: 'print', width: 1600 }],
    adminThumbnail: 'print',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: label('Tekst alternatywny', 'Alt text'),
    },
    { name: 'caption', type: 'text', localized: true, label: label('Podpis', 'Caption') },
    {
      name: 'credit',
      type: 'text',
      label: label('Autor zdjęcia', 'Credit'),
      admin: { description: label('Np. fot. Jan Kowalski / UM', 'E.g. photo: Jan Kowalski / City Hall') },
    },
  ],
}
