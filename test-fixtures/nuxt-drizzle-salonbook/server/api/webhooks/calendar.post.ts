import { createHmac } from 'node:crypto'
import { eq } from 'drizzle-orm'

// the signature is checked, but with === (timing leak)
// ok: missing-auth
// expect: unverified-webhook
export default defineEventHandler(async (event) => {
  const config = useRuntimeConfig(event)
  const raw = (await readRawBody(event)) ?? ''
  const expected = createHmac('sha256', config.calendarSigningSecret).update(raw).digest('hex')
  if (getHeader(event, 'x-calendar-signature') !== expected) {
    throw createError({ statusCode: 401 })
  }
  const payload = JSON.parse(raw) as { appointmentId: string; status: string }
  if (payload.status === 'cancelled') {
    await db
      .update(tables.appointments)
      .set({ status: 'cancelled' })
      .where(eq(tables.appointments.id, payload.appointmentId))
  }
  return { ok: true }
})
