import { z } from 'zod'

const NewAppointment = z.object({
  clientId: z.string().uuid(),
  stylistId: z.string().uuid(),
  startsAt: z.coerce.date(),
  durationMin: z.number().int().min(15).max(480),
})

// ok: missing-auth, missing-input-validation
export default defineEventHandler(async (event) => {
  const user = await requireSalonUser(event)
  const input = await readValidatedBody(event, NewAppointment.parse)
  const [row] = await db
    .insert(tables.appointments)
    .values({ ...input, salonId: user.salonId })
    .returning()
  setResponseStatus(event, 201)
  return row
})
