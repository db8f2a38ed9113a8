'use client'

import { tz, TZDate } from '@date-fns/tz'
import { DatePicker, useTranslation } from '@payloadcms/ui'
import { transpose } from 'date-fns'
import { type ChangeEvent, useState } from 'react'

import {
  formatMoment,
  momentExamples,
  momentFormat,
  parseMoment,
  readBackMoment,
} from '../../lib/moments'
import { useWords } from '../shared/i18n'

type Props = {
  id?: string
  /** The stored moment (ISO), empty, or text that could not be read (kept so the form refuses it). */
  value: string | null | undefined
  /** An ISO moment, null when emptied, or the unreadable text as typed. */
  onChange: (value: string | null) => void
  /** The office's zone: what is typed or picked is its wall clock, whatever the browser's zone. */
  timeZone: string
  readOnly?: boolean
  /** The first day the calendar offers (any day when not given). */
  minDate?: Date
}

const readable = (value: string | null | undefined): Date | null => {
  if (!value) return null
  const at = new Date(value)
  return Number.isNaN(at.getTime()) || !/^\d{4}-\d{2}-\d{2}T/.test(value) ? null : at
}

/**
 * A date and time as the admin writes it ("7 gru 2026, 17:35", 24-hour clock), typed or picked
 * in 5-minute steps. Typing is read by parseMoment alone (react-datepicker's own reading of typed
 * text falls back to `new Date(text)`, which turns half-typed text into another year).
 */
export const OfficeDateTimeInput = ({
  id,
  value,
  onChange,
  timeZone,
  readOnly,
  minDate,
}: Props) => {
  const { i18n } = useTranslation()
  const say = useWords()
  const [typed, setTyped] = useState<string | null>(null)
  // Typing closes the calendar until the field is clicked again: left open, it covers the drawer's
  // "Zapisz", and a click meant for the button picked a day instead of the typed one.
  const [calendarHidden, setCalendarHidden] = useState(false)
  const instant = readable(value)
  const shown = typed ?? (instant ? formatMoment(instant, i18n.dateFNS, timeZone) : (value ?? ''))
  // The calendar draws in the browser's zone: it gets the office's wall time as a local date.
  const selected = instant ? transpose(new TZDate(instant, timeZone), Date) : undefined

  const onPick = (local: Date | null) => {
    setTyped(null)
    setChanged(true)
    onChange(local ? new Date(transpose(local, tz(timeZone)).getTime()).toISOString() : null)
  }

  const onType = (event?: { type?: string; target?: unknown; preventDefault?: () => void }) => {
    if (event?.type !== 'change' || !(event.target instanceof HTMLInputElement)) return
    // Ours alone: the picker's parser is not asked.
    event.preventDefault?.()
    const text = (event as ChangeEvent<HTMLInputElement>).target.value
    setTyped(text)
    setChanged(true)
    setCalendarHidden(true)
    if (!text.trim()) return onChange(null)
    const at = parseMoment(text, i18n.dateFNS, timeZone)
    onChange(at ? at.toISOString() : text)
  }

  // Once the admin has typed or picked, what the field holds is said in full under it (or that the
  // text could not be read): a slip of the month or year shows before the save.
  const [changed, setChanged] = useState(false)
  const hint =
    !changed || !value
      ? null
      : instant
        ? say('momentRead', { when: readBackMoment(instant, i18n.dateFNS, timeZone) })
        : say('momentUnreadable', momentExamples(new Date(), i18n.dateFNS, timeZone))

  return (
    <>
      <DatePicker
        id={id}
        value={selected}
        onChange={onPick}
        pickerAppearance="dayAndTime"
        displayFormat={momentFormat}
        timeFormat="HH:mm"
        timeIntervals={5}
        readOnly={readOnly}
        minDate={minDate}
        placeholder={say('momentExample', momentExamples(new Date(), i18n.dateFNS, timeZone))}
        overrides={{
          value: shown,
          onChangeRaw: onType,
          strictParsing: true,
          open: calendarHidden ? false : undefined,
          onInputClick: () => setCalendarHidden(false),
          timeCaption: say('calendarTime'),
          // Once read, the text is shown as the admin writes it.
          onBlur: () => instant && setTyped(null),
        }}
      />
      <p
        aria-live="polite"
        data-testid="office-moment-read"
        style={{
          margin: 'calc(var(--base) / 4) 0 0',
          fontSize: '13px',
          color: instant ? 'var(--theme-elevation-800)' : 'var(--theme-error-500)',
        }}
      >
        {hint}
      </p>
    </>
  )
}
