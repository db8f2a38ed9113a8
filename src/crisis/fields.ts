import type { Field, FieldAccess, GlobalBeforeChangeHook } from 'payload'

import type { PressOffice } from '../payload-types'

import { label } from '../fields/localizedLabel'
import { nowOf } from '../lib/clock'
import { say } from '../lib/translations'
import { emergencyKinds } from './emergency'

const staffOnly: FieldAccess = ({ req: { user } }) => Boolean(user)

/** A notice switched on must say something: its heading, in the language being saved. */
const headingWhenActive = (
  value: unknown,
  { siblingData, req }: { siblingData: unknown; req: { t: unknown } },
) =>
  (siblingData as { active?: boolean })?.active && !(typeof value === 'string' && value.trim())
    ? say(req.t, 'emergencyHeadingMissing')
    : true

/** A link is a web address or a path of this newsroom; nothing a browser would run. */
const linkValid = (value: unknown, { req }: { req: { t: unknown } }) =>
  !value || (typeof value === 'string' && /^(https?:\/\/[^\s]+|\/[^\s]*)$/i.test(value.trim()))
    ? true
    : say(req.t, 'emergencyLinkInvalid')

/**
 * The emergency notice (Komunikat alarmowy) and the freeze, two groups of the press-office
 * settings. Read by anyone for the notice (a script or another site may show it); the freeze's
 * reason is for staff.
 */
export const crisisFields: Field[] = [
  {
    name: 'emergency',
    type: 'group',
    label: label('Komunikat alarmowy', 'Emergency notice'),
    admin: {
      description: label(
        'Widoczny na górze każdej strony serwisu prasowego, w kanałach RSS/Atom i w stopce wysyłanych e-maili, dopóki jest włączony.',
        'Shown at the top of every newsroom page, first in the RSS/Atom feeds and in the footer of mail sent while it is on.',
      ),
    },
    fields: [
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: false,
        label: label('Pokaż komunikat', 'Show the notice'),
      },
      {
        name: 'kind',
        type: 'select',
        required: true,
        defaultValue: 'emergency',
        label: label('Rodzaj', 'Kind'),
        options: emergencyKinds.map((value) => ({
          value,
          label: {
            emergency: label('Sytuacja nadzwyczajna', 'Emergency'),
            local: label('Zagrożenie lokalne', 'Local emergency'),
            mourning: label('Żałoba', 'Mourning'),
          }[value],
        })),
      },
      {
        name: 'heading',
        type: 'text',
        localized: true,
        maxLength: 120,
        label: label('Nagłówek', 'Heading'),
        validate: headingWhenActive,
      },
      {
        name: 'text',
        type: 'textarea',
        localized: true,
        maxLength: 400,
        label: label('Treść (jedno–dwa zdania)', 'Text (one or two sentences)'),
      },
      {
        name: 'link',
        type: 'text',
        localized: true,
        label: label('Odnośnik', 'Link'),
        admin: {
          description: label(
            'Adres komunikatu (np. /pl/powodz-komunikat lub https://…).',
            'Where to read more (e.g. /en/flood-notice or https://…).',
          ),
        },
        validate: linkValid,
      },
      {
        // Set by the server when the notice is switched on: a browser that has seen this notice
        // is not alerted again (EmergencyAnnouncer). The dashboard shows it on the office's clock.
        name: 'since',
        type: 'date',
        label: label('Włączony od', 'On since'),
        admin: { hidden: true },
      },
    ],
  },
  {
    name: 'freeze',
    type: 'group',
    label: label('Wstrzymanie publikacji', 'Publication freeze'),
    access: { read: staffOnly },
    admin: {
      description: label(
        'Wstrzymuje wszystkie zaplanowane publikacje i wysyłki. Po wznowieniu na pulpicie zdecydujesz o każdej, która przypadła w tym czasie.',
        'Holds every scheduled publication and mail. When lifted, the dashboard lists what fell due and you decide on each.',
      ),
    },
    fields: [
      {
        name: 'active',
        type: 'checkbox',
        defaultValue: false,
        label: label('Wstrzymaj publikacje', 'Freeze publications'),
      },
      {
        name: 'reason',
        type: 'textarea',
        maxLength: 500,
        label: label('Powód', 'Reason'),
        validate: (
          value: unknown,
          { siblingData, req }: { siblingData: unknown; req: { t: unknown } },
        ) =>
          (siblingData as { active?: boolean })?.active &&
          !(typeof value === 'string' && value.trim())
            ? say(req.t, 'freezeReasonMissing')
            : true,
      },
      {
        name: 'since',
        type: 'date',
        label: label('Wstrzymane od', 'Frozen since'),
        admin: { hidden: true },
      },
      {
        // Everything due up to this moment waits for an editor's decision after the freeze.
        name: 'liftedAt',
        type: 'date',
        label: label('Wznowione', 'Lifted at'),
        admin: { hidden: true },
      },
    ],
  },
]

/**
 * Stamps the moments the server decides: when the notice went on, when the freeze began and
 * when it was lifted. Only a switch moves them; editing a notice that is on keeps its moment.
 */
export const stampCrisisMoments: GlobalBeforeChangeHook = ({ data: input, originalDoc, req }) => {
  const data = input as Partial<PressOffice>
  const now = nowOf(req).toISOString()
  const before = originalDoc as PressOffice | undefined
  if (data.emergency) {
    const wasOn = Boolean(before?.emergency?.active)
    if (data.emergency.active && !wasOn) data.emergency.since = now
    else if (data.emergency.active) data.emergency.since = before?.emergency?.since ?? now
    else data.emergency.since = null
  }
  if (data.freeze) {
    const wasOn = Boolean(before?.freeze?.active)
    if (data.freeze.active && !wasOn) data.freeze.since = now
    else if (data.freeze.active) data.freeze.since = before?.freeze?.since ?? now
    else data.freeze.since = null
    data.freeze.liftedAt = !data.freeze.active && wasOn ? now : (before?.freeze?.liftedAt ?? null)
  }
  return data
}
