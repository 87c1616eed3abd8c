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
