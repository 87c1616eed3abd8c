import { eq } from 'drizzle-orm'
import { SignJWT } from 'jose'
import type { H3Event } from 'h3'

function staffOnly(event: H3Event) {
  const user = event.context.user
  if (!user) throw createError({ statusCode: 401 })
  if (user.role !== 'admin') throw createError({ statusCode: 403, statusMessage: 'Staff only' })
}

// ok: missing-auth, missing-role-check
export default defineEventHandler({
  onRequest: [staffOnly],
  handler: async (event) => {
    const { userId } = await readValidatedBody(event, (b: any) => ({ userId: String(b.userId) }))
    // expect: unscoped-tenant-query
    const target = await db.query.users.findFirst({ where: eq(schema.users.id, userId) })
    if (!target) throw createError({ statusCode: 404 })
    const secret = new TextEncoder().encode(useRuntimeConfig(event).jwtSecret)
    const token = await new SignJWT({ org: target.orgId, role: target.role, act: event.context.user.id })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(target.id)
      .setExpirationTime('15m')
      .sign(secret)
    return { token }
  },
})
