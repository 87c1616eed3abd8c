import vine from '@vinejs/vine'

export const createBookingValidator = vine.compile(
  vine.object({
    roomId: vine.number().positive(),
    startsAt: vine.date({ formats: ['iso8601'] }),
    endsAt: vine.date({ formats: ['iso8601'] }).afterField('startsAt'),
  }),
)

export const loginValidator = vine.compile(
  vine.object({
    email: vine.string().email(),
    password: vine.string().minLength(8),
  }),
)
