import vine from '@vinejs/vine'

export const deskValidator = vine.compile(
  vine.object({
    label: vine.string().trim().maxLength(40),
    floor: vine.number().min(0).max(80),
    hasMonitor: vine.boolean(),
  })
)
