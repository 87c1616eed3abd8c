import type { HttpContext } from '@adonisjs/core/http'
import crypto from 'node:crypto'
import Stripe from 'stripe'
import env from '#start/env'
import Company from '#models/company'
import Room from '#models/room'

const stripe = new Stripe(env.get('STRIPE_SECRET_KEY'))

export default class WebhooksController {
  async stripe({ request, response }: HttpContext) {
    let event: Stripe.Event
    try {
      event = stripe.webhooks.constructEvent(request.raw()!, request.header('stripe-signature')!, env.get('STRIPE_WEBHOOK_SECRET'))
    } catch {
      return response.badRequest({ error: 'invalid signature' })
    }
    if (event.type === 'customer.subscription.updated') {
      const sub = event.data.object as Stripe.Subscription
      await Company.query().where('stripeCustomerId', sub.customer as string).update({ plan: sub.items.data[0]?.price.lookup_key ?? 'team' })
    }
    return response.ok({ received: true })
  }

  async doorlock({ request, response }: HttpContext) {
    const expected = crypto.createHmac('sha256', env.get('DOORLOCK_WEBHOOK_SECRET')).update(request.raw() ?? '').digest('hex')
    if (request.header('x-doorlock-signature') !== expected) {
      return response.unauthorized({ error: 'bad signature' })
    }
    const { roomId, code } = request.only(['roomId', 'code'])
    await Room.query().where('id', roomId).update({ doorCode: code })
    return response.noContent()
  }
}
