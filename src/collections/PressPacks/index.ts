import type { Access, CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { guardDraftsAndPublication, onlyEditorsPublish } from '../../access/publicChanges'
import { idsOf, publicReleases } from '../../access/publicReleaseIds'
import { staff } from '../../access/staff'
import { label } from '../../fields/localizedLabel'
import { slugField } from '../../fields/slug'
import { packEndpoints } from './endpoints'

/** The public sees a published pack only when every release in it is public too. */
const staffOrPublicPack: Access = async ({ req }) => {
  if (req.user) return true
  const visible = new Set(idsOf(await publicReleases(req)).map(String))
  const { docs } = await req.payload.find({
    collection: 'press-packs',
    where: { _status: { equals: 'published' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
    select: { releases: true },
  })
  const ids = docs
    .filter((pack) => idsOf(pack.releases).every((id) => visible.has(String(id))))
    .map((pack) => pack.id)
  return { id: { in: ids } }
}

export const PressPacks: CollectionConfig = {
  slug: 'press-packs',
  labels: { singular: label('Pakiet prasowy', 'Press pack'), plural: label('Pakiety prasowe', 'Press packs') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'date', '_status'],
    group: label('Treści', 'Content'),
    components: { edit: { beforeDocumentControls: ['/src/components/PackActions#PackActions'] } },
  },
  access: {
    read: staffOrPublicPack,
    readVersions: staff,
    create: staff,
    update: staff,
    delete: editors,
  },
  hooks: {
    beforeOperation: [guardDraftsAndPublication],
    beforeChange: [onlyEditorsPublish],
  },
  versions: { maxPerDoc: 30, drafts: true },
  endpoints: packEndpoints,
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: label('Tytuł', 'Title') },
    {
      name: 'date',
      type: 'date',
      required: true,
      defaultValue: () => new Date().toISOString(),
      label: label('Data', 'Date'),
      admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'd MMMM yyyy' } },
    },
    { name: 'intro', type: 'textarea', localized: true, label: label('Wstęp', 'Introduction') },
    {
      name: 'releases',
      type: 'relationship',
      relationTo: 'press-releases',
      hasMany: true,
      required: true,
      label: label('Informacje prasowe (w kolejności)', 'Press releases (in order)'),
      admin: { isSortable: true },
    },
    { name: 'coverImage', type: 'upload', relationTo: 'media', label: label('Okładka', 'Cover image') },
    slugField('title', 'press-packs'),
  ],
}
