import { getServerSession } from '#auth'

// The back office under /api/admin is for platform staff only.
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/admin')) return
  const session = await getServerSession(event)
  if (!session) {
    throw createError({ statusCode: 401, statusMessage: 'Not signed in' })
  }
  if (session.user.role !== 'admin') {
    throw createError({ statusCode: 403, statusMessage: 'Staff only' })
  }
})
