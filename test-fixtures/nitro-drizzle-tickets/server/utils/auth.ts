import type { H3Event } from 'h3'

export type Role = 'requester' | 'agent' | 'admin'

export interface AuthUser {
  id: string
  orgId: string
  role: Role
}

/** The caller, as the auth middleware found them; 401 for anonymous requests. */
export function requireUser(event: H3Event): AuthUser {
  const user = event.context.user as AuthUser | undefined
  if (!user) {
    throw createError({ statusCode: 401, statusMessage: 'Authentication required' })
  }
  return user
}

/** The caller, who must hold one of the roles. */
export function requireRole(event: H3Event, ...roles: Role[]): AuthUser {
  const user = requireUser(event)
  if (!roles.includes(user.role)) {
    throw createError({ statusCode: 403, statusMessage: 'Insufficient role' })
  }
  return user
}
