import type { FieldAccess } from 'payload'

import { canApproveQuotes } from './roles'

/** Only a quote approver may set the field (a quote's decision). */
export const approversOnly: FieldAccess = ({ req: { user } }) => canApproveQuotes(user)
