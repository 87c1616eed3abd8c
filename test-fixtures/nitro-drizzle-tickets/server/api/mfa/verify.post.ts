import { eq } from 'drizzle-orm'
import { authenticator } from 'otplib'
import { z } from 'zod'

const Code = z.object({ code: z.string().length(6) })

// expect: missing-rate-limit
export default defineEventHandler(async (event) => {
  const caller = requireUser(event)
  const { code } = await readValidatedBody(event, Code.parse)
  // ok: unscoped-tenant-query
  const user = await db.query.users.findFirst({ where: eq(schema.users.id, caller.id) })
  if (!user?.totpSecret || !authenticator.check(code, user.totpSecret)) {
    throw createError({ statusCode: 401, statusMessage: 'Invalid code' })
  }
  return { verified: true }
})
