import type { HttpContext } from '@adonisjs/core/http'
import MaintenanceRequest from '#models/maintenance_request'
import Lease from '#models/lease'
import { handleMaintenance } from '#abilities/main'
import { maintenanceValidator, scheduleVisitValidator } from '#validators/lease'

export default class MaintenanceController {
  async index({ auth }: HttpContext) {
    const user = auth.user!
    if (user.role === 'renter') {
      // ok: unscoped-tenant-query
      return auth.user!.related('maintenanceRequests').query().orderBy('createdAt', 'desc')
    }
    // ok: unscoped-tenant-query
    return MaintenanceRequest.query().where('agencyId', user.agencyId).preload('unit').orderBy('createdAt', 'desc')
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const data = await request.validateUsing(maintenanceValidator)
    // ok: unscoped-tenant-query
    const lease = await Lease.query().where('unitId', data.unitId).where('renterId', user.id).where('status', 'active').firstOrFail()
    const ticket = await MaintenanceRequest.create({
      ...data,
      agencyId: lease.agencyId,
      reportedById: user.id,
      status: 'open',
    })
    return response.created(ticket)
  }

  async update({ params, request }: HttpContext) {
    // expect: unscoped-tenant-query
    const ticket = await MaintenanceRequest.findOrFail(params.id)
    ticket.merge(request.body())
    await ticket.save()
    return ticket
  }

  async schedule({ params, request, bouncer, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const ticket = await MaintenanceRequest.findOrFail(params.id)
    await bouncer.authorize(handleMaintenance, ticket)
    const { visitOn, contractor } = await request.validateUsing(scheduleVisitValidator)
    ticket.status = 'scheduled'
    ticket.details = `${ticket.details}\n\nVisit ${visitOn.toDateString()} by ${contractor}`
    await ticket.save()
    return response.ok(ticket)
  }
}
