import { jwtVerify } from 'jose'

// Reads the bearer token when there is one. Routes decide for themselves whether they need a user.
export default defineEventHandler(async (event) => {
  const header = getHeader(event, 'authorization')
  if (!header?.startsWith('Bearer ')) return

  const secret = new TextEncoder().encode(useRuntimeConfig(event).jwtSecret)
  try {
    const { payload } = await jwtVerify(header.slice(7), secret, { algorithms: ['HS256'] })
    event.context.user = { id: payload.sub, orgId: payload.org, role: payload.role }
  } catch (err) {
    // expect: token-logging
    console.warn('rejected bearer token', header, err)
  }
})
