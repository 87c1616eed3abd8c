import type { HttpContext } from '@adonisjs/core/http'
import Desk from '#models/desk'
import { deskValidator } from '#validators/desk'

export default class DesksController {
  async index({ auth }: HttpContext) {
    const user = auth.user!
    // ok: unscoped-tenant-query
    return Desk.query().where('companyId', user.companyId).orderBy('label')
  }

  async show({ auth, params, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const desk = await Desk.find(params.id)
    if (!desk || desk.companyId !== auth.user!.companyId) return response.notFound()
    return desk
  }

  async store({ auth, request, response }: HttpContext) {
    const data = request.only(['label', 'floor', 'hasMonitor'])
    const desk = await Desk.create({ ...data, companyId: auth.user!.companyId })
    return response.created(desk)
  }

  async update({ auth, params, request }: HttpContext) {
    const payload = await request.validateUsing(deskValidator)
    // ok: unscoped-tenant-query
    const desk = await Desk.query().where('id', params.id).where('companyId', auth.user!.companyId).firstOrFail()
    desk.merge(payload)
    await desk.save()
    return desk
  }

  async destroy({ params, response }: HttpContext) {
    // expect: unscoped-tenant-query
    const desk = await Desk.query().where('id', params.id).firstOrFail()
    await desk.delete()
    return response.noContent()
  }
}
