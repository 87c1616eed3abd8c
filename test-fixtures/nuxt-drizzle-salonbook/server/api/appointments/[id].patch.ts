import { z } from 'zod'
import { and, eq } from 'drizzle-orm'

const Reschedule = z.object({
  startsAt: z.coerce.date(),
  durationMin: z.number().int().min(15).max(480).optional(),
  status: z.enum(['booked', 'done', 'no_show']).optional(),
})

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const id = getRouterParam(event, 'id')!
  const patch = await readValidatedBody(event, Reschedule.parse)
  // ok: unscoped-tenant-query
  const [row] = await db
    .update(tables.appointments)
    .set(patch)
    .where(and(eq(tables.appointments.id, id), eq(tables.appointments.salonId, user.salonId)))
    .returning()
  if (!row) throw createError({ statusCode: 404 })
  return row
})
