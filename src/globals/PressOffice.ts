import type { GlobalConfig } from 'payload'

import { anyone } from '../access/anyone'
import { editors } from '../access/editors'
import { officeAfterChange } from '../access/publicFromHooks'
import { recordCrisisSwitches } from '../audit/hooks/office'
import { crisisEndpoints } from '../crisis/endpoints'
import { crisisFields, stampCrisisMoments } from '../crisis/fields'
import { label } from '../fields/localizedLabel'
import { defaultTimezone, isTimezone } from '../lib/settings'
import { accessibilityStatementFields } from '../statement/fields'

export const PressOffice: GlobalConfig = {
  slug: 'press-office',
  label: label('Biuro prasowe', 'Press office'),
  admin: { group: label('Ustawienia', 'Settings') },
  access: { read: anyone, update: editors },
  hooks: {
    beforeChange: [stampCrisisMoments],
    afterChange: [officeAfterChange, recordCrisisSwitches],
  },
  endpoints: crisisEndpoints,
  fields: [
    {
      name: 'city',
      type: 'text',
      required: true,
      defaultValue: 'Kraków',
      label: label('Miasto', 'City'),
    },
    {
      // The city as each language writes it, for the dateline and the letterhead of a document
      // (Kraków, Krakow, Краків); empty: the City above (as the fallback from Polish does).
      name: 'cityName',
      type: 'text',
      localized: true,
      label: label('Nazwa miasta w tym języku', 'City name in this language'),
      admin: {
        description: label(
          'W datowniku i nagłówku dokumentów w tej wersji językowej, np. Krakow, Краків. Puste: jak w polskiej wersji.',
          'In the dateline and letterhead of documents in this language, e.g. Krakow, Краків. Empty: as in Polish.',
        ),
      },
    },
    {
      name: 'officeName',
      type: 'text',
      localized: true,
      required: true,
      defaultValue: 'Biuro Prasowe Urzędu Miasta',
      label: label('Nazwa biura', 'Office name'),
    },
    {
      name: 'letterhead',
      type: 'textarea',
      localized: true,
      label: label('Stopka adresowa nagłówka', 'Letterhead address lines'),
      admin: {
        description: label(
          'Adres, telefon, www — po jednym w linii.',
          'Address, phone, web — one per line.',
        ),
      },
    },
    {
      name: 'logo',
      type: 'upload',
      relationTo: 'media',
      label: label('Herb / logo', 'Coat of arms / logo'),
    },
    {
      name: 'timezone',
      type: 'text',
      // Empty means PRESSROOM_TZ (officeTimezone). No default may be stored: the column's SQL
      // default (initial migration) fills an omitted value, so an empty one is written as NULL.
      hooks: { beforeChange: [({ value }) => (typeof value === 'string' && value.trim()) || null] },
      label: label('Strefa czasowa', 'Timezone'),
      admin: {
        placeholder: defaultTimezone(),
        description: label(
          'Dla dat i godzin embarga (IANA, np. Europe/Warsaw). Puste: strefa serwera (PRESSROOM_TZ).',
          "For dates and embargo times (IANA, e.g. Europe/Warsaw). Empty: the server's zone (PRESSROOM_TZ).",
        ),
      },
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && isTimezone(value))
          ? true
          : `Unknown timezone "${String(value)}": use an IANA name such as Europe/Warsaw.`,
    },
    {
      // The second pair of eyes (src/access/secondPairOfEyes.ts): on unless the office turns it off.
      name: 'secondPairOfEyes',
      type: 'checkbox',
      defaultValue: true,
      label: label('Druga para oczu', 'Second pair of eyes'),
      admin: {
        description: label(
          'Informację i pakiet publikuje, planuje lub wysyła dziennikarzom tylko redaktor, który nie pisał ich bieżącej treści. Autor pisze i przekazuje do akceptacji.',
          'A release or pack is published, scheduled or sent to journalists only by an editor who did not write its current text. Its writer submits it for review.',
        ),
      },
    },
    {
      name: 'defaultContact',
      type: 'relationship',
      relationTo: 'press-contacts',
      label: label('Domyślny kontakt', 'Default contact'),
    },
    {
      // The record (metryka) is always on release pages; only the documents may go without it.
      name: 'recordInDocuments',
      type: 'checkbox',
      defaultValue: true,
      label: label(
        'Metryka w dokumentach (HTML, TXT, PDF)',
        'Record in documents (HTML, TXT, PDF)',
      ),
      admin: {
        description: label(
          'Mała metryka pod treścią: biuro, odpowiedzialny, udostępniający, daty. Na stronach serwisu metryka jest zawsze.',
          'A small record under the text: office, responsible person, publisher, dates. Release pages always show it.',
        ),
      },
    },
    ...crisisFields,
    ...accessibilityStatementFields,
  ],
}
