import { createHmac } from 'node:crypto'
import { eq } from 'drizzle-orm'

// Closes tickets linked to an issue when the issue is closed.
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const raw = (await readRawBody(event)) ?? ''
  const signature = getHeader(event, 'x-hub-signature-256')
  const expected = 'sha256=' + createHmac('sha256', useRuntimeConfig(event).githubWebhookSecret).update(raw).digest('hex')
  if (signature !== expected) {
    throw createError({ statusCode: 401, statusMessage: 'Bad signature' })
  }
  const payload = JSON.parse(raw)
  if (payload.action === 'closed' && payload.issue) {
    await db.update(schema.tickets).set({ status: 'solved' }).where(eq(schema.tickets.externalRef, String(payload.issue.html_url)))
  }
  return { ok: true }
})
