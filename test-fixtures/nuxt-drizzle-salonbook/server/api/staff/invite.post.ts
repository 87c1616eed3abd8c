import { z } from 'zod'

const Invite = z.object({ email: z.string().email(), role: z.enum(['manager', 'stylist']) })

// ok: missing-auth, missing-rate-limit, missing-role-check, missing-input-validation
export default defineEventHandler(async (event) => {
  const owner = await requireOwner(event)
  await limitAuth(event)
  const { email, role } = await readValidatedBody(event, Invite.parse)
  await $fetch('https://mailer.internal/send', {
    method: 'POST',
    body: { to: email, template: 'invite', salonId: owner.salonId, role },
  })
  return { invited: email }
})
