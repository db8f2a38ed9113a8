import type { User } from '../payload-types'

export type Role = User['role']

type MaybeUser = Partial<Pick<User, 'role' | 'approver'>> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))

export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'editor')

export const canApproveQuotes = (user: MaybeUser): boolean => Boolean(user?.approver)
