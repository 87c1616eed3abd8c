import type { HttpContext } from '@adonisjs/core/http'
import { DateTime } from 'luxon'
import Stripe from 'stripe'
import env from '#start/env'
import RentPayment from '#models/rent_payment'

const stripe = new Stripe(env.get('STRIPE_SECRET_KEY'))

export default class WebhooksController {
  async stripe({ request, response }: HttpContext) {
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(request.raw() ?? '', request.header('stripe-signature') ?? '', env.get('STRIPE_WEBHOOK_SECRET'))
    } catch {
      return response.badRequest({ message: 'signature check failed' })
    }
    if (event.type === 'payment_intent.succeeded') {
      const intent = event.data.object as Stripe.PaymentIntent
      await RentPayment.query()
        .where('providerReference', intent.id)
        .update({ status: 'paid', paidAt: DateTime.now().toSQL() })
    }
    return response.ok({ received: true })
  }

  // RentPay (bank transfer aggregator) posts a JSON notice for every settled transfer.
  async rentpay({ request, response }: HttpContext) {
    const { reference, status, settledAt } = request.body()
    const payment = await RentPayment.findByOrFail('providerReference', reference)
    payment.status = status === 'SETTLED' ? 'paid' : 'failed'
    payment.paidAt = settledAt ? DateTime.fromISO(settledAt) : null
    await payment.save()
    return response.noContent()
  }
}
