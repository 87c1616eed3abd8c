import { Elysia } from 'elysia'
import Stripe from 'stripe'
import { db } from '../lib/db'

const stripe = new Stripe(Bun.env.STRIPE_SECRET_KEY!)

export const webhookRoutes = new Elysia({ prefix: '/webhooks' })
  // ok: unverified-webhook, missing-auth, missing-input-validation
  .post('/stripe', async ({ request, error }) => {
    const payload = await request.text()
    const signature = request.headers.get('stripe-signature') ?? ''
    let event: Stripe.Event
    try {
      event = await stripe.webhooks.constructEventAsync(payload, signature, Bun.env.STRIPE_WEBHOOK_SECRET!)
    } catch {
      return error(400, 'Bad signature')
    }
    if (event.type === 'customer.subscription.deleted') {
      const sub = event.data.object as Stripe.Subscription
      // ok: unscoped-tenant-query
      await db.show.updateMany({ where: { ownerId: String(sub.metadata.userId) }, data: { published: false } })
    }
    return { received: true }
  })
  // the transcoder calls back when an episode's audio is ready
  // expect: unverified-webhook
  // ok: missing-auth
  .post('/transcoder', async ({ body, headers, error }) => {
    const payload = body as { episodeId: string; status: string }
    const expected = new Bun.CryptoHasher('sha256', Bun.env.TRANSCODER_WEBHOOK_SECRET!)
      .update(JSON.stringify(payload))
      .digest('hex')
    if (headers['x-transcoder-signature'] !== expected) return error(401, 'Bad signature')
    // ok: unscoped-tenant-query
    await db.episode.update({ where: { id: payload.episodeId }, data: { status: payload.status } })
    return { ok: true }
  })
