import type { CollectionConfig } from 'payload'

import { editors } from '../../access/editors'
import { staff } from '../../access/staff'
import { label } from '../../fields/localizedLabel'
import { languageOptions } from '../../fields/languageOptions'
import { tokenKeyField } from '../../fields/tokenKey'
import { defaultLocale } from '../../lib/locales'
import { eraseEndpoint, exportEndpoint, importEndpoint } from './endpoints/staff'
import { subscribeEndpoint } from './endpoints/subscribe'
import { normalizeJournalistEmail } from './hooks/normalizeJournalistEmail'
import { refuseEditorDecisions } from './hooks/refuseEditorDecisions'
import { stampConsent } from './hooks/stampConsent'

export const consentStates = ['pending', 'confirmed', 'unsubscribed'] as const
export const consentSources = ['staff', 'sign-up', 'import'] as const

const consentLabels: Record<(typeof consentStates)[number], { pl: string; en: string }> = {
  pending: label('Czeka na potwierdzenie', 'Pending'),
  confirmed: label('Potwierdzona', 'Confirmed'),
  unsubscribed: label('Wypisany(-a)', 'Unsubscribed'),
}

const sourceLabels: Record<(typeof consentSources)[number], { pl: string; en: string }> = {
  staff: label('Dodany(-a) przez biuro prasowe', 'Added by the press office'),
  'sign-up': label('Zapis przez formularz', 'Signed up on the form'),
  import: label('Import z CSV', 'CSV import'),
}

/** The people a release is sent to. Staff only: journalists never log in. */
export const Journalists: CollectionConfig = {
  slug: 'journalists',
  labels: {
    singular: label('Dziennikarz', 'Journalist'),
    plural: label('Dziennikarze', 'Journalists'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'outlet', 'email', 'consent', 'embargoTrusted'],
    group: label('Dystrybucja', 'Distribution'),
    components: { beforeListTable: ['/src/components/JournalistImport#JournalistImport'] },
  },
  access: { read: staff, create: staff, update: staff, delete: editors },
  hooks: {
    beforeValidate: [normalizeJournalistEmail],
    beforeChange: [refuseEditorDecisions, stampConsent],
  },
  endpoints: [subscribeEndpoint, importEndpoint, exportEndpoint, eraseEndpoint],
  fields: [
    {
      name: 'privacy',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/src/components/JournalistPrivacy#JournalistPrivacy' },
      },
    },
    { name: 'name', type: 'text', required: true, label: label('Imię i nazwisko', 'Name') },
    {
      name: 'email',
      type: 'email',
      required: true,
      unique: true,
      label: label('E-mail', 'Email'),
      admin: { description: label('Zapisywany małymi literami.', 'Stored in lower case.') },
    },
    { name: 'outlet', type: 'text', label: label('Redakcja', 'Outlet') },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      options: languageOptions,
      defaultValue: [defaultLocale],
      label: label('Języki (w kolejności)', 'Languages (in order)'),
    },
    { name: 'topics', type: 'text', hasMany: true, label: label('Tematy', 'Topics') },
    {
      name: 'embargoTrusted',
      type: 'checkbox',
      defaultValue: false,
      label: label('Może otrzymywać materiały pod embargiem', 'May receive embargoed material'),
    },
    {
      type: 'collapsible',
      label: label('Zgoda', 'Consent'),
      fields: [
        {
          name: 'consent',
          type: 'select',
          required: true,
          defaultValue: 'pending',
          index: true,
          options: consentStates.map((value) => ({ value, label: consentLabels[value] })),
          label: label('Zgoda', 'Consent'),
        },
        {
          name: 'consentSource',
          type: 'select',
          required: true,
          defaultValue: 'staff',
          options: consentSources.map((value) => ({ value, label: sourceLabels[value] })),
          label: label('Źródło', 'Source'),
        },
        {
          name: 'confirmedAt',
          type: 'date',
          admin: { readOnly: true },
          label: label('Potwierdzono', 'Confirmed at'),
        },
        {
          name: 'confirmedBy',
          type: 'relationship',
          relationTo: 'users',
          access: { create: () => false, update: () => false },
          admin: {
            readOnly: true,
            description: label(
              'Kto z redakcji potwierdził zgodę; puste, gdy potwierdził sam dziennikarz.',
              'Who on the staff confirmed the consent; empty when the journalist did.',
            ),
          },
          label: label('Potwierdził', 'Confirmed by'),
        },
        {
          name: 'unsubscribedAt',
          type: 'date',
          admin: { readOnly: true },
          label: label('Wypisano', 'Unsubscribed at'),
        },
      ],
    },
    tokenKeyField,
  ],
}
