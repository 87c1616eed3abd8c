import type { HttpContext } from '@adonisjs/core/http'
import Organization from '#models/organization'

export default class OrganizationsController {
  async index({ request }: HttpContext) {
    // ok: unscoped-tenant-query
    return Organization.query().orderBy('name').paginate(request.input('page', 1), 50)
  }

  async destroy({ params, response }: HttpContext) {
    // expect: unscoped-tenant-query
    const org = await Organization.findOrFail(params.id)
    await org.delete()
    return response.noContent()
  }
}
