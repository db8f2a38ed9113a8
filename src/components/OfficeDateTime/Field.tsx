'use client'

import type { DateFieldClientProps } from 'payload'

import {
  FieldDescription,
  FieldError,
  FieldLabel,
  fieldBaseClass,
  useField,
  withCondition,
} from '@payloadcms/ui'

import { useKeptRefusal } from '../KeptFieldError'
import { OfficeDateTimeInput } from './Input'

type Props = DateFieldClientProps & { timeZone: string }

/**
 * A date-and-time field of a form, in the office's zone and the admin's words. An unreadable text
 * stays the field's value, so the form's validation refuses it under the field.
 */
const Field = ({ field, path: pathFromProps, readOnly, timeZone }: Props) => {
  const { label, localized, required, admin } = field
  const { path, value, setValue, showError, disabled, errorMessage, valid } = useField<
    string | null
  >({ potentiallyStalePath: pathFromProps })
  // Refused where it was typed: the server's reason shows at once, and stays after a draft save
  // too (which Payload sends unvalidated, so the form never counts as submitted).
  const refusal = useKeptRefusal(path)
  const marked = showError || Boolean(refusal) || (valid === false && Boolean(errorMessage))
  return (
    <div
      className={[fieldBaseClass, 'date-time-field', marked && 'date-time-field--has-error']
        .filter(Boolean)
        .join(' ')}
      data-testid={`office-moment-${path}`}
    >
      <FieldLabel label={label} localized={localized} path={path} required={required} />
      <div className={`${fieldBaseClass}__wrap`} id={`field-${path.replace(/\./g, '__')}`}>
        <FieldError message={refusal ?? undefined} path={path} showError={marked} />
        <OfficeDateTimeInput
          value={value}
          onChange={setValue}
          timeZone={timeZone}
          readOnly={readOnly || disabled}
        />
      </div>
      <FieldDescription description={admin?.description} path={path} />
    </div>
  )
}

export const OfficeDateTimeFieldClient = withCondition(Field)
