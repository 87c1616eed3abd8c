import type { HttpContext } from '@adonisjs/core/http'
import Booking from '#models/booking'
import Room from '#models/room'
import BookingPolicy from '#policies/booking_policy'
import { createBookingValidator } from '#validators/booking'

export default class BookingsController {
  async index({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const page = request.input('page', 1)
    // ok: unscoped-tenant-query
    return Booking.query().where('companyId', user.companyId).preload('room').orderBy('startsAt', 'desc').paginate(page, 50)
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(createBookingValidator)
    // ok: unscoped-tenant-query
    const room = await Room.query().where('id', payload.roomId).where('companyId', user.companyId).firstOrFail()
    const booking = await Booking.create({
      companyId: user.companyId,
      userId: user.id,
      roomId: room.id,
      startsAt: payload.startsAt as any,
      endsAt: payload.endsAt as any,
      notes: payload.notes ?? null,
    })
    return response.created(booking)
  }

  async show({ params, bouncer }: HttpContext) {
    // ok: unscoped-tenant-query
    const booking = await Booking.findOrFail(params.id)
    await bouncer.with(BookingPolicy).authorize('view', booking)
    return booking
  }

  async update({ params, request }: HttpContext) {
    // expect: unscoped-tenant-query
    const booking = await Booking.findOrFail(params.id)
    booking.merge(request.only(['startsAt', 'endsAt', 'notes']))
    await booking.save()
    return booking
  }

  async destroy({ params, auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const deleted = await Booking.query().where('id', params.id).where('userId', user.id).delete()
    return deleted.length ? response.noContent() : response.notFound()
  }
}
