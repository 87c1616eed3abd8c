import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import Lease from '#models/lease'
import Unit from '#models/unit'
import LeasePolicy from '#policies/lease_policy'
import { createLeaseValidator, updateLeaseValidator } from '#validators/lease'

export default class LeasesController {
  async index({ auth, request }: HttpContext) {
    const user = auth.user!
    if (user.role === 'renter') {
      // ok: unscoped-tenant-query
      return user.related('leases').query().preload('unit').orderBy('startsOn', 'desc')
    }
    // ok: unscoped-tenant-query
    return Lease.query()
      .where('agencyId', auth.user!.agencyId)
      .if(request.input('status'), (q) => q.where('status', request.input('status')))
      .preload('unit')
      .preload('renter', (r) => r.select('id', 'fullName', 'email'))
      .paginate(request.input('page', 1), 50)
  }

  async store({ auth, bouncer, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(createLeaseValidator)
    // ok: unscoped-tenant-query
    const unit = await Unit.query().where('id', payload.unitId).where('agencyId', user.agencyId).firstOrFail()
    const lease = new Lease().merge({
      agencyId: user.agencyId,
      unitId: unit.id,
      renterId: payload.renterId,
      monthlyRentCents: payload.monthlyRentCents,
      depositCents: payload.depositCents,
      status: 'draft',
    })
    await bouncer.with(LeasePolicy).authorize('update', lease)
    await lease.save()
    return response.created(lease)
  }

  async show({ params, bouncer }: HttpContext) {
    // ok: unscoped-tenant-query
    const lease = await Lease.findOrFail(params.id)
    await bouncer.with(LeasePolicy).authorize('view', lease)
    await lease.load('payments')
    return lease
  }

  async update({ params, request, bouncer }: HttpContext) {
    // ok: unscoped-tenant-query
    const lease = await Lease.findOrFail(params.id)
    await bouncer.with(LeasePolicy).authorize('update', lease)
    const changes = await request.validateUsing(updateLeaseValidator)
    lease.merge({ monthlyRentCents: changes.monthlyRentCents, status: changes.status })
    await lease.save()
    return lease
  }

  async destroy({ params, auth, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const lease = await Lease.query()
      .where('id', params.id)
      .where('agencyId', auth.user!.agencyId)
      .where('status', 'draft')
      .firstOrFail()
    await lease.delete()
    return response.noContent()
  }

  async terminate({ params, bouncer, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const lease = await Lease.findOrFail(params.id)
    if (await bouncer.with(LeasePolicy).denies('terminate', lease)) {
      return response.forbidden({ message: 'Only managers can terminate a lease' })
    }
    await db.transaction(async (trx) => {
      lease.useTransaction(trx)
      lease.status = 'terminated'
      await lease.save()
      // ok: unscoped-tenant-query
      await trx.from('rent_payments').where('lease_id', lease.id).where('status', 'pending').delete()
    })
    return response.ok({ id: lease.id, status: lease.status })
  }
}
