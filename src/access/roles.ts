import type { User } from '../payload-types'

export type Role = User['role']

type MaybeUser = Partial<Pick<User, 'role' | 'approver'>> | null | undefined

export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  Boolean(user?.role && roles.includes(user.role))

/** The roles that publish, distribute and review: the predicate and the query read this list. */
export const publishingRoles: readonly Role[] = ['admin', 'editor']

export const canPublish = (user: MaybeUser): boolean => hasRole(user, ...publishingRoles)

export const canApproveQuotes = (user: MaybeUser): boolean => Boolean(user?.approver)

/** Anyone signed in to the admin: admins, editors and authors. */
export const isStaff = (user: MaybeUser): boolean => Boolean(user)

export const isAdmin = (user: MaybeUser): boolean => hasRole(user, 'admin')

/** Who sends releases to journalists and revokes their personal links: editors and admins. */
export const canDistribute = (user: MaybeUser): boolean => canPublish(user)

/** Who exports or erases what is held about a journalist, and imports journalists: admins. */
export const canManagePersonalData = (user: MaybeUser): boolean => isAdmin(user)
