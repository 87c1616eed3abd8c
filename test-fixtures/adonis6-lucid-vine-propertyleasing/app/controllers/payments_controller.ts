import type { HttpContext } from '@adonisjs/core/http'
import RentPayment from '#models/rent_payment'
import Lease from '#models/lease'

export default class PaymentsController {
  async index({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    if (user.role === 'renter') {
      const leaseIds = await user.related('leases').query().select('id')
      // ok: unscoped-tenant-query
      return RentPayment.query().whereIn('leaseId', leaseIds.map((l) => l.id)).orderBy('paidAt', 'desc')
    }
    // ok: unscoped-tenant-query
    return RentPayment.query()
      .where('agencyId', user.agencyId)
      .if(request.input('status'), (q) => q.where('status', request.input('status')))
      .orderBy('id', 'desc')
      .paginate(request.input('page', 1), 100)
  }

  async export({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const rows = await RentPayment.query().where('agencyId', user.agencyId).where('status', 'paid')
    const lines = rows.map((r) => [r.id, r.leaseId, r.amountCents, r.paidAt?.toISODate() ?? ''].join(','))
    response.header('content-type', 'text/csv')
    response.header('content-disposition', 'attachment; filename="payments.csv"')
    return ['id,lease_id,amount_cents,paid_on', ...lines].join('\n')
  }

  async receipt({ params }: HttpContext) {
    const payment = await RentPayment.findOrFail(params.id)
    const lease = await Lease.query().where('id', payment.leaseId).preload('renter').preload('unit').firstOrFail()
    return {
      receiptNo: `R-${payment.id}`,
      amountCents: payment.amountCents,
      paidAt: payment.paidAt,
      renter: lease.renter.fullName,
      email: lease.renter.email,
      unit: lease.unit.label,
    }
  }

  async ledger({ params }: HttpContext) {
    const lease = await Lease.findOrFail(params.id)
    const payments = await RentPayment.query().where('leaseId', lease.id).orderBy('paidAt', 'asc')
    return { leaseId: lease.id, monthlyRentCents: lease.monthlyRentCents, payments }
  }
}
