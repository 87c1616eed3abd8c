import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Room from '#models/room'
import Booking from '#models/booking'
import { roomValidator } from '#validators/booking'

export default class RoomsController {
  async index({ auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    return Room.query().where('companyId', user.companyId).orderBy('name')
  }

  async show({ params }: HttpContext) {
    // expect: unscoped-tenant-query
    const room = await Room.findOrFail(params.id)
    return room
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const data = await request.validateUsing(roomValidator)
    const room = await Room.create({ ...data, companyId: user.companyId })
    return response.created(room)
  }

  async availability({ params, request }: HttpContext) {
    const day = DateTime.fromISO(request.input('day', DateTime.now().toISODate()))
    const bookings = await Booking.query()
      .where('roomId', params.id)
      .whereBetween('startsAt', [day.startOf('day').toSQL()!, day.endOf('day').toSQL()!])
      .select('startsAt', 'endsAt', 'userId', 'notes')
    return { roomId: Number(params.id), bookings }
  }
}
