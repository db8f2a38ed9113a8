import type { FieldHook } from 'payload'

/** The provisional headline an import made, only while the release still carries it. */
export const stillProvisional: FieldHook = ({ value, siblingData }) =>
  typeof value === 'string' && value !== '' && value === siblingData?.headline ? value : null
