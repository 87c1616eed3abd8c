import type { HttpContext } from '@adonisjs/core/http'
import Property from '#models/property'
import Unit from '#models/unit'

export default class PropertiesController {
  async index({ auth }: HttpContext) {
    const { agencyId } = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    return Property.query().where('agencyId', agencyId).withCount('units').orderBy('name')
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const property = await Property.create({ ...request.all(), agencyId: user.agencyId })
    return response.created(property)
  }

  async units({ auth, params }: HttpContext) {
    // ok: unscoped-tenant-query
    const property = await Property.query().where('id', params.id).where('agencyId', auth.user!.agencyId).firstOrFail()
    // ok: unscoped-tenant-query
    return property.related('units').query().orderBy('label')
  }

  // Key-handover screen in the agent app: the lockbox code of a unit.
  async unitAccess({ params }: HttpContext) {
    // expect: unscoped-tenant-query
    const unit = await Unit.findOrFail(params.id)
    return { unitId: unit.id, label: unit.label, lockboxCode: unit.lockboxCode }
  }
}
