import type { HttpContext } from '@adonisjs/core/http'
import env from '#start/env'
import { createHmac, timingSafeEqual } from 'node:crypto'
import Invoice from '#models/invoice'

export default class WebhooksController {
  async payments({ request, response }: HttpContext) {
    const raw = request.raw() ?? ''
    const given = Buffer.from(request.header('x-payments-signature') ?? '', 'hex')
    const expected = createHmac('sha256', env.get('PAYMENTS_WEBHOOK_SECRET')).update(raw).digest()
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return response.unauthorized({ error: 'invalid signature' })
    }
    const event = JSON.parse(raw) as { type: string; data: { ref: string } }
    if (event.type === 'payment.succeeded') {
      // ok: unscoped-tenant-query
      await Invoice.query().where('provider_ref', event.data.ref).update({ status: 'paid' })
    }
    return response.ok({ received: true })
  }
}
