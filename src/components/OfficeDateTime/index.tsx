import type { DateFieldServerComponent } from 'payload'

import { readOfficeTimezone } from '../../lib/settings'
import { OfficeDateTimeFieldClient } from './Field'

/** The field with the office's zone, which only the server reads (Biuro prasowe → timezone). */
export const OfficeDateTimeField: DateFieldServerComponent = async ({
  clientField,
  path,
  payload,
  readOnly,
  req,
}) => (
  <OfficeDateTimeFieldClient
    field={clientField}
    path={path}
    readOnly={readOnly}
    timeZone={await readOfficeTimezone(payload, req)}
  />
)
