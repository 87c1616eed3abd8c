import type { HttpContext } from '@adonisjs/core/http'
import Invoice from '#models/invoice'
import { createInvoiceValidator, updateInvoiceValidator } from '#validators/invoice'

export default class InvoicesController {
  /**
   * Invoices of the signed-in user's organization
   */
  async index({ auth, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const page = request.input('page', 1)
    return Invoice.query()
      .where('organizationId', user.organizationId)
      .orderBy('createdAt', 'desc')
      .paginate(page, 25)
  }

  async store({ auth, request, response }: HttpContext) {
    const user = auth.getUserOrFail()
    const { lines, ...data } = await request.validateUsing(createInvoiceValidator)
    const total = lines.reduce((sum, l) => sum + l.quantity * l.unitCents, 0)
    const invoice = await Invoice.create({
      ...data,
      totalCents: total,
      organizationId: user.organizationId,
      createdById: user.id,
    })
    await invoice.related('lines').createMany(lines)
    return response.created(invoice)
  }

  async show({ params }: HttpContext) {
    // expect: unscoped-tenant-query
    const invoice = await Invoice.findOrFail(params.id)
    await invoice.load('lines')
    return invoice
  }

  async update({ params, request, auth }: HttpContext) {
    const payload = await request.validateUsing(updateInvoiceValidator)
    // ok: unscoped-tenant-query
    const invoice = await Invoice.query()
      .where('id', params.id)
      .where('organizationId', auth.user!.organizationId)
      .firstOrFail()
    invoice.merge(payload)
    await invoice.save()
    return invoice
  }

  async destroy({ params, auth, response }: HttpContext) {
    // ok: unscoped-tenant-query
    const invoice = await Invoice.findOrFail(params.id)
    if (invoice.organizationId !== auth.user!.organizationId) {
      return response.forbidden({ message: 'Not your invoice' })
    }
    await invoice.delete()
    return response.noContent()
  }

  async lines({ params, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    const invoice = await user.related('invoices').query().where('id', params.id).preload('lines').firstOrFail()
    return invoice.lines
  }

  async markPaid({ params, request }: HttpContext) {
    // expect: unscoped-tenant-query
    const invoice = await Invoice.findByOrFail('number', request.input('number'))
    invoice.merge({ status: 'paid' })
    await invoice.save()
    return { id: invoice.id, status: invoice.status, ref: params.id }
  }

  async updateNotes({ params, request, auth }: HttpContext) {
    const user = auth.getUserOrFail()
    // ok: unscoped-tenant-query
    await Invoice.query()
      .where('id', params.id)
      .where('organizationId', user.organizationId)
      .update(request.only(['notes', 'dueOn']))
    return { updated: true }
  }

  async shared({ params }: HttpContext) {
    const invoice = await Invoice.query().where('id', params.id).preload('lines').firstOrFail()
    return invoice.serialize({ fields: { omit: ['createdById'] } })
  }
}
