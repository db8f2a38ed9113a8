import type { Access } from 'payload'

/** No one, whatever their role: for records only the server writes (the audit trail). */
export const nobody: Access = () => false
