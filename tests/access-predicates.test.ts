import type { PayloadRequest } from 'payload'

import { approversOnly } from '../src/access/approvers'
import { canPublish, isAdmin, publishingRoles, type Role } from '../src/access/roles'

const roles: Role[] = ['admin', 'editor', 'author']

describe('one predicate per access question (src/access/)', () => {
  it('lets exactly the publishing roles publish; the reviewers query reads the same list', () => {
    expect(roles.filter((role) => canPublish({ role }))).toEqual([...publishingRoles])
    expect([...publishingRoles].sort()).toEqual(['admin', 'editor'])
  })

  it('takes only an admin for an admin (the audit log and its CSV)', () => {
    expect(roles.filter((role) => isAdmin({ role }))).toEqual(['admin'])
    expect(isAdmin(null)).toBe(false)
  })

  it('lets only a quote approver decide a quote, whatever the role', () => {
    const decides = (user: object | null) =>
      approversOnly({ req: { user } as unknown as PayloadRequest } as Parameters<
        typeof approversOnly
      >[0])
    expect(decides({ role: 'author', approver: true })).toBe(true)
    expect(decides({ role: 'admin', approver: false })).toBe(false)
    expect(decides(null)).toBe(false)
  })
})
