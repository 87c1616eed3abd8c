import type { H3Event } from 'h3'
import { getServerSession } from '#auth'

/** The merchant session of the caller; 401 without one. */
export async function requireSession(event: H3Event) {
  const session = await getServerSession(event)
  if (!session?.user) {
    throw createError({ statusCode: 401, statusMessage: 'Not signed in' })
  }
  return session
}

/** Route hook for merchant-only endpoints: rejects shoppers and anonymous callers. */
export async function requireMerchant(event: H3Event) {
  const session = await requireSession(event)
  if (session.user.role !== 'merchant' && session.user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Merchants only' })
  }
  event.context.session = session
}
