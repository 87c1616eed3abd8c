// Every /api route needs a signed-in user, except the ones that sign people in, the public catalogue,
// the health check and the providers' webhooks. Pages are rendered for everyone and fetch through /api.
const OPEN_PREFIXES = ['/api/auth/', '/api/_auth/', '/api/public/', '/api/webhooks/']

export default defineEventHandler(async (event) => {
  const path = getRequestURL(event).pathname
  if (!path.startsWith('/api/') || path === '/api/health' || OPEN_PREFIXES.some((prefix) => path.startsWith(prefix))) return

  const session = await getUserSession(event)
  if (!session.user) {
    throw createError({ statusCode: 401, statusMessage: 'Sign in first' })
  }
  event.context.user = session.user
})
