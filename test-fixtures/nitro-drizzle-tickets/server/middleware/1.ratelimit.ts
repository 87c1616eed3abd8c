// Sign-in and password reset are throttled per address; everything else is not.
export default defineEventHandler(async (event) => {
  if (!event.path.startsWith('/api/auth/')) return
  const ip = getRequestIP(event, { xForwardedFor: true }) ?? 'anonymous'
  const { success, reset } = await authRatelimit.limit(ip)
  if (!success) {
    setResponseHeader(event, 'retry-after', Math.ceil((reset - Date.now()) / 1000))
    throw createError({ statusCode: 429, statusMessage: 'Too many requests' })
  }
})
