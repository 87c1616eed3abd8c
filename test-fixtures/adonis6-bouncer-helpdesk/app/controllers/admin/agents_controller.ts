import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'

export default class AgentsController {
  async index({ auth, response }: HttpContext) {
    if (auth.user!.role !== 'admin') {
      return response.forbidden({ message: 'Admins only' })
    }
    return User.query().where('organizationId', auth.user!.organizationId).whereIn('role', ['agent', 'admin'])
  }

  async destroy({ params, auth }: HttpContext) {
    await User.query().where('id', params.id).where('organizationId', auth.user!.organizationId).delete()
    return { deleted: true }
  }
}
