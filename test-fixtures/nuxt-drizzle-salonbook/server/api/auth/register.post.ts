import { z } from 'zod'
import bcrypt from 'bcryptjs'

const RegisterBody = z.object({
  salonName: z.string().min(2).max(80),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10),
})

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default defineEventHandler(async (event) => {
  await limitAuth(event)
  const body = await readValidatedBody(event, RegisterBody.parse)
  const [salon] = await db.insert(tables.salons).values({ name: body.salonName }).returning()
  const [user] = await db
    .insert(tables.users)
    .values({
      salonId: salon.id,
      email: body.email.toLowerCase(),
      name: body.name,
      passwordHash: await bcrypt.hash(body.password, 12),
      role: 'owner',
    })
    .returning()
  await setUserSession(event, { user: { id: user.id, salonId: salon.id, role: 'owner', email: user.email } })
  return { id: user.id }
})
