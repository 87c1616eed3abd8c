import { z } from 'zod'
import { eq } from 'drizzle-orm'

// ok: missing-auth, missing-rate-limit
export default defineEventHandler(async (event) => {
  await limitAuth(event)
  const { email } = await readValidatedBody(event, z.object({ email: z.string().email() }).parse)
  const user = await db.query.users.findFirst({ where: eq(tables.users.email, email) })
  if (user) {
    await sendResetMail(user.email)
  }
  return { ok: true }
})

async function sendResetMail(to: string) {
  await $fetch('https://mailer.internal/send', { method: 'POST', body: { to, template: 'reset' } })
}
