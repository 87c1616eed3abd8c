import type { HttpContext } from '@adonisjs/core/http'
import Invoice from '#models/invoice'
import { renderInvoicePdf } from '#services/pdf'
import { viewInvoice } from '#abilities/main'

export default class InvoicesController {
  async index({ auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    return Invoice.query().where('companyId', user.companyId).orderBy('issuedAt', 'desc')
  }

  async show({ params, bouncer, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const invoice = await Invoice.findOrFail(params.id)
    if (await bouncer.denies(viewInvoice, invoice)) return response.forbidden({ error: 'Not your invoice' })
    return invoice
  }

  async pdf({ params, bouncer, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const invoice = await Invoice.findOrFail(params.id)
    await bouncer.authorize('viewInvoice', invoice)
    try {
      const pdf = await renderInvoicePdf(invoice)
      response.header('content-type', 'application/pdf')
      return response.send(pdf)
    } catch (error) {
      // expect: error-details-leak
      return response.internalServerError({ message: 'PDF rendering failed', error: error.message })
    }
  }

  async export({ auth, response }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const invoices = await Invoice.query().where('companyId', user.companyId)
    const csv = ['number,total_cents,status,issued_at', ...invoices.map((i) => `${i.number},${i.totalCents},${i.status},${i.issuedAt.toISODate()}`)]
    response.header('content-type', 'text/csv')
    return response.send(csv.join('\n'))
  }
}
