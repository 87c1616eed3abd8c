import type { H3Event } from 'h3'

export async function requireSalonUser(event: H3Event) {
  const { user } = await requireUserSession(event)
  return user as { id: string; salonId: string; role: 'owner' | 'manager' | 'stylist'; email: string }
}

export async function requireOwner(event: H3Event) {
  const user = await requireSalonUser(event)
  if (user.role !== 'owner') {
    throw createError({ statusCode: 403, statusMessage: 'Owners only' })
  }
  return user
}
