import type { H3Event } from 'h3'

/** The signed-in user, who must be an organization admin. */
export async function requireOrgAdmin(event: H3Event) {
  const { user } = await requireUserSession(event)
  if (user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Admins only' })
  }
  return user
}
