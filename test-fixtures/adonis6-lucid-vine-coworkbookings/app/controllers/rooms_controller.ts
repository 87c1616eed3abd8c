import type { HttpContext } from '@adonisjs/core/http'
import Room from '#models/room'
import RoomPolicy from '#policies/room_policy'

export default class RoomsController {
  async publicList({ params }: HttpContext) {
    // ok: unscoped-tenant-query
    return Room.query().where('workspace_id', params.workspaceId).select('id', 'name', 'capacity')
  }

  async update({ params, request, bouncer, auth }: HttpContext) {
    // ok: unscoped-tenant-query
    const room = await Room.query().where('id', params.id).where('workspace_id', auth.user!.workspaceId).firstOrFail()
    await bouncer.with(RoomPolicy).authorize('edit', room)
    room.merge(request.only(['name', 'capacity', 'hourlyRateCents']))
    await room.save()
    return room
  }

  async destroy({ params }: HttpContext) {
    // expect: unscoped-tenant-query
    const room = await Room.findOrFail(params.id)
    await room.delete()
    return { deleted: true }
  }
}
