import type { Field } from 'payload'

import { label } from '../fields/localizedLabel'
import { say } from '../lib/translations'

export const complianceStatuses = ['full', 'partial', 'none'] as const
export type ComplianceStatus = (typeof complianceStatuses)[number]

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

/**
 * The accessibility statement's settings (Deklaracja dostępności): a group of the press-office
 * settings, shown on /{locale}/deklaracja-dostepnosci (src/statement/statement.ts). The legal
 * sentences around them (the request procedure, the 7-day answer, the complaint) are fixed words
 * in the newsroom catalogue (statementWords in src/newsroom/words.ts).
 */
export const accessibilityStatementFields: Field[] = [
  {
    name: 'accessibility',
    type: 'group',
    label: label('Deklaracja dostępności', 'Accessibility statement'),
    admin: {
      description: label(
        'Dane deklaracji dostępności serwisu prasowego (ustawa z 4 kwietnia 2019 r.), publikowanej pod adresem /pl/deklaracja-dostepnosci.',
        'The newsroom’s accessibility statement (Polish act of 4 April 2019), published at /en/deklaracja-dostepnosci.',
      ),
    },
    fields: [
      {
        name: 'bodyName',
        type: 'text',
        localized: true,
        label: label('Nazwa podmiotu publicznego', 'Name of the public body'),
        admin: { description: label('Puste: nazwa biura.', 'Empty: the office name.') },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'publishedOn',
            type: 'date',
            label: label('Data publikacji strony', 'Site published on'),
            admin: day,
          },
          {
            name: 'updatedOn',
            type: 'date',
            label: label('Data ostatniej istotnej aktualizacji', 'Last significant update'),
            admin: day,
          },
        ],
      },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'partial',
        label: label('Status zgodności z ustawą', 'Compliance status'),
        options: [
          { value: 'full', label: label('Zgodna', 'Fully compliant') },
          { value: 'partial', label: label('Częściowo zgodna', 'Partially compliant') },
          { value: 'none', label: label('Niezgodna', 'Not compliant') },
        ],
      },
      {
        name: 'notAccessible',
        type: 'textarea',
        localized: true,
        label: label('Treści niedostępne i powody', 'Content that is not accessible, and why'),
        admin: {
          description: label(
            'Po jednej pozycji w linii, np. „Część plików PDF sprzed 2024 r. nie ma struktury — wyłączenie: pliki opublikowane przed 23 września 2018 r.”.',
            'One item per line, e.g. “Some PDFs from before 2024 are not tagged — exempt: files published before 23 September 2018.”',
          ),
        },
      },
      {
        name: 'burdenAnalysisUrl',
        type: 'text',
        label: label(
          'Link do analizy nadmiernego obciążenia',
          'Link to the disproportionate burden assessment',
        ),
        validate: (value: unknown, { req }: { req: { t: unknown } }) =>
          !value || /^https?:\/\/\S+$/.test(String(value)) || say(req.t, 'addressInvalid'),
        admin: {
          description: label(
            'Tylko gdy powodem niedostępności jest nadmierne obciążenie: adres zatwierdzonej przez kierownika informacji o analizie. Puste: deklaracja nie powołuje się na nadmierne obciążenie.',
            'Only when a disproportionate burden is the reason something is not accessible: the address of the assessment approved by the head of the body. Empty: the statement claims no disproportionate burden.',
          ),
        },
      },
      {
        type: 'row',
        fields: [
          {
            name: 'preparedOn',
            type: 'date',
            label: label('Data sporządzenia deklaracji', 'Statement prepared on'),
            admin: day,
          },
          {
            name: 'reviewedOn',
            type: 'date',
            label: label('Data ostatniego przeglądu deklaracji', 'Statement last reviewed on'),
            admin: day,
          },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'contactPerson',
            type: 'text',
            label: label('Osoba do kontaktu', 'Contact person'),
          },
          { name: 'contactEmail', type: 'email', label: label('E-mail', 'E-mail') },
          { name: 'contactPhone', type: 'text', label: label('Telefon', 'Phone') },
        ],
      },
      {
        name: 'architecture',
        type: 'textarea',
        localized: true,
        label: label('Dostępność architektoniczna', 'Architectural accessibility'),
        admin: {
          description: label(
            'Opis budynków: wejścia, windy, toalety, pętla indukcyjna, pies asystujący, tłumacz PJM. Akapity oddziel pustą linią.',
            'The buildings: entrances, lifts, toilets, induction loop, assistance dogs, sign-language interpreter. Separate paragraphs with a blank line.',
          ),
        },
      },
      {
        name: 'communication',
        type: 'textarea',
        localized: true,
        label: label(
          'Dostępność komunikacyjno-informacyjna',
          'Communication and information accessibility',
        ),
        admin: {
          description: label(
            'Tłumacz języka migowego (na miejscu, online), kontakt przez SMS, e-mail, faks. Akapity oddziel pustą linią.',
            'Sign-language interpreting (on site, online), contact by text message, e-mail, fax. Separate paragraphs with a blank line.',
          ),
        },
      },
      {
        name: 'mobileApps',
        type: 'textarea',
        localized: true,
        label: label('Aplikacje mobilne', 'Mobile apps'),
        admin: {
          description: label(
            'Puste: podmiot nie udostępnia aplikacji mobilnych.',
            'Empty: the body offers no mobile apps.',
          ),
        },
      },
    ],
  },
]
