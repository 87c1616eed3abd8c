import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import RoomPolicy from '#policies/room_policy'

export default class MembersController {
  async index({ auth, bouncer }: HttpContext) {
    await bouncer.with(RoomPolicy).authorize('manage')
    // ok: unscoped-tenant-query
    return User.query().where('workspace_id', auth.user!.workspaceId).select('id', 'email', 'role')
  }

  async updateRole({ params, request, auth }: HttpContext) {
    // ok: unscoped-tenant-query
    const member = await User.query().where('id', params.id).where('workspace_id', auth.user!.workspaceId).firstOrFail()
    member.role = request.input('role')
    await member.save()
    return member
  }

  async destroy({ params, auth, response }: HttpContext) {
    if (auth.user!.role !== 'admin') {
      return response.forbidden({ error: 'Admins only' })
    }
    // ok: unscoped-tenant-query
    await User.query().where('id', params.id).where('workspace_id', auth.user!.workspaceId).delete()
    return response.noContent()
  }
}
