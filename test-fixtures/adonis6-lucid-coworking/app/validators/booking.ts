import vine from '@vinejs/vine'

export const createBookingValidator = vine.compile(
  vine.object({
    roomId: vine.number().positive(),
    startsAt: vine.date({ formats: ['iso8601'] }),
    endsAt: vine.date({ formats: ['iso8601'] }).afterField('startsAt'),
    notes: vine.string().trim().maxLength(500).optional(),
  })
)

export const roomValidator = vine.compile(
  vine.object({
    name: vine.string().trim().maxLength(80),
    capacity: vine.number().min(1).max(200),
  })
)
