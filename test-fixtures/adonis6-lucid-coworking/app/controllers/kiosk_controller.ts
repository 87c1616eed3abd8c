import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Booking from '#models/booking'

export default class KioskController {
  async today(ctx: HttpContext) {
    const kiosk = ctx.kiosk!
    const today = DateTime.now()
    // ok: unscoped-tenant-query
    return Booking.query()
      .where('companyId', kiosk.companyId)
      .whereBetween('startsAt', [today.startOf('day').toSQL()!, today.endOf('day').toSQL()!])
      .preload('room')
  }
}
