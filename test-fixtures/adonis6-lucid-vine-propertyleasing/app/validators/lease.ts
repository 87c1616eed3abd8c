import vine from '@vinejs/vine'

export const createLeaseValidator = vine.compile(
  vine.object({
    unitId: vine.number().positive(),
    renterId: vine.number().positive(),
    monthlyRentCents: vine.number().min(0),
    depositCents: vine.number().min(0),
    startsOn: vine.date({ formats: ['YYYY-MM-DD'] }),
    endsOn: vine.date({ formats: ['YYYY-MM-DD'] }).afterField('startsOn').optional(),
  })
)

export const updateLeaseValidator = vine.compile(
  vine.object({
    monthlyRentCents: vine.number().min(0).optional(),
    endsOn: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
    status: vine.enum(['draft', 'active', 'ended']).optional(),
  })
)

export const maintenanceValidator = vine.compile(
  vine.object({
    unitId: vine.number().positive(),
    title: vine.string().trim().minLength(3).maxLength(120),
    details: vine.string().trim().maxLength(4000),
    priority: vine.enum(['low', 'normal', 'urgent']),
  })
)

export const scheduleVisitValidator = vine.compile(
  vine.object({
    visitOn: vine.date({ formats: ['YYYY-MM-DD'] }),
    contractor: vine.string().trim().maxLength(120),
  })
)
