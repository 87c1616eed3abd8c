import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'

export default class ReportsController {
  async occupancy({ auth, request }: HttpContext) {
    const { from, to } = request.qs()
    // ok: unscoped-tenant-query
    return db
      .from('bookings')
      .where('workspace_id', auth.user!.workspaceId)
      .whereBetween('starts_at', [from, to])
      .groupBy('room_id')
      .select('room_id')
      .count('* as total')
  }

  async receipt({ params, response }: HttpContext) {
    // the receipt is looked up by id alone: any member can print another space's receipts
    // expect: unscoped-tenant-query
    const booking = await db.from('bookings').where('id', params.id).first()
    if (!booking) return response.notFound()
    return { id: booking.id, room: booking.room_id, startsAt: booking.starts_at, endsAt: booking.ends_at }
  }
}
