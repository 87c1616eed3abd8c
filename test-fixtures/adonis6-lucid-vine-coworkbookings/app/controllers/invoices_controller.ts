import type { HttpContext } from '@adonisjs/core/http'
import Invoice from '#models/invoice'

export default class InvoicesController {
  async show({ params, auth }: HttpContext) {
    // ok: unscoped-tenant-query
    return Invoice.query().where('id', params.id).andWhere('workspace_id', auth.user!.workspaceId).firstOrFail()
  }

  async pdf({ params, response }: HttpContext) {
    const invoice = await Invoice.findOrFail(params.id)
    response.header('content-type', 'application/pdf')
    return response.send(Buffer.from(`%PDF-1.4 invoice ${invoice.id} ${invoice.amountCents}`))
  }
}
