import vine from '@vinejs/vine'

export const createTicketValidator = vine.compile(
  vine.object({
    subject: vine.string().trim().minLength(3).maxLength(140),
    body: vine.string().trim(),
  })
)

export const updateTicketValidator = vine.compile(
  vine.object({
    status: vine.enum(['open', 'pending', 'solved']).optional(),
    assigneeId: vine.number().optional(),
  })
)

export const registerValidator = vine.compile(
  vine.object({
    email: vine.string().email().normalizeEmail(),
    password: vine.string().minLength(10),
    organizationName: vine.string().trim(),
  })
)
