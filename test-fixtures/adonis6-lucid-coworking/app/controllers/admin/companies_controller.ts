import type { HttpContext } from '@adonisjs/core/http'
import Company from '#models/company'
import User from '#models/user'

export default class CompaniesController {
  async index({ request }: HttpContext) {
    // ok: unscoped-tenant-query
    return Company.query().withCount('users').orderBy('createdAt', 'desc').paginate(request.input('page', 1), 100)
  }

  async destroyUser({ params, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const user = await User.findOrFail(params.id)
    await user.delete()
    return response.noContent()
  }
}
