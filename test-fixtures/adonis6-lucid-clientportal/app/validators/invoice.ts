import vine from '@vinejs/vine'

export const createInvoiceValidator = vine.compile(
  vine.object({
    number: vine.string().trim().maxLength(32),
    dueOn: vine.date(),
    lines: vine.array(
      vine.object({
        description: vine.string().trim().maxLength(200),
        quantity: vine.number().positive(),
        unitCents: vine.number().min(0),
      })
    ),
  })
)

export const updateInvoiceValidator = vine.compile(
  vine.object({
    status: vine.enum(['draft', 'sent', 'paid', 'void']),
    dueOn: vine.date().optional(),
  })
)
