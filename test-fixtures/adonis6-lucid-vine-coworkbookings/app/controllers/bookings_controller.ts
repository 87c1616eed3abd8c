import type { HttpContext } from '@adonisjs/core/http'
import Booking from '#models/booking'
import { createBookingValidator } from '#validators/booking'

export default class BookingsController {
  async index({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    return Booking.query()
      .where('workspace_id', user.workspaceId)
      .if(request.input('roomId'), (q) => q.where('room_id', request.input('roomId')))
      .orderBy('starts_at', 'desc')
      .paginate(request.input('page', 1), 25)
  }

  async show({ params }: HttpContext) {
    // expect: unscoped-tenant-query
    const booking = await Booking.findOrFail(params.id)
    await booking.load('room')
    return booking
  }

  async store({ request, auth, response }: HttpContext) {
    const payload = await request.validateUsing(createBookingValidator)
    const booking = await Booking.create({
      ...payload,
      workspaceId: auth.user!.workspaceId,
      userId: auth.user!.id,
      status: 'confirmed',
    })
    return response.created(booking)
  }

  async update({ params, request, auth }: HttpContext) {
    // ok: unscoped-tenant-query
    const booking = await Booking.query()
      .where('id', params.id)
      .where('workspace_id', auth.user!.workspaceId)
      .firstOrFail()
    booking.merge(request.all())
    await booking.save()
    return booking
  }

  async destroy({ params, auth, response }: HttpContext) {
    // ok: unscoped-tenant-query
    await Booking.query().where('id', params.id).where('workspace_id', auth.user!.workspaceId).delete()
    return response.noContent()
  }
}
