import { eq } from 'drizzle-orm'
import { Hono } from 'hono'
import Stripe from 'stripe'
import { validateEvent, WebhookVerificationError } from '@polar-sh/sdk/webhooks'
import { verifyTypeformSignature } from '../lib/typeform'
import { validateMailerPayload } from '../lib/webhook-payload'
import { emailEvents, workspaces } from '../db/schema'
import type { AppEnv } from '../types'

const hooks = new Hono<AppEnv>()

// ok: missing-auth
// ok: unverified-webhook
hooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY)
  const signature = c.req.header('stripe-signature') ?? ''
  let event: Stripe.Event
  try {
    event = await stripe.webhooks.constructEventAsync(await c.req.text(), signature, c.env.STRIPE_WEBHOOK_SECRET)
  } catch {
    return c.json({ error: 'bad signature' }, 400)
  }
  if (event.type === 'customer.subscription.updated') {
    const sub = event.data.object as Stripe.Subscription
    await c.get('db').update(workspaces).set({ plan: sub.items.data[0]?.price.lookup_key ?? 'free' }).where(eq(workspaces.stripeCustomerId, String(sub.customer)))
  }
  return c.json({ received: true })
})

// bounce and complaint notifications from the mail provider
// ok: missing-auth
// expect: unverified-webhook
hooks.post('/mailer', async (c) => {
  const events = await c.req.raw.json<{ recipient: string; event: string; timestamp: number }[]>()
  for (const e of events) {
    await c.get('db').insert(emailEvents).values({ id: crypto.randomUUID(), recipient: e.recipient, kind: e.event, at: new Date(e.timestamp * 1000) })
  }
  return c.json({ ok: true })
})

// the signature is compared with !==, which leaks timing
// ok: missing-auth
// expect: unverified-webhook
hooks.post('/mailer/v2', async (c) => {
  const raw = await c.req.raw.text()
  const expected = await hmacHex(c.env.MAILER_WEBHOOK_SECRET, raw)
  if (c.req.raw.headers.get('x-mailer-signature') !== expected) return c.json({ error: 'bad signature' }, 401)
  const e = validateMailerPayload(JSON.parse(raw))
  await c.get('db').insert(emailEvents).values({ id: crypto.randomUUID(), recipient: e.recipient, kind: e.event, at: new Date(e.timestamp * 1000) })
  return c.json({ ok: true })
})

// plan changes from the billing provider, checked by its SDK (standard-webhooks headers)
// ok: missing-auth
// ok: unverified-webhook
hooks.post('/polar', async (c) => {
  const raw = await c.req.text()
  let event: ReturnType<typeof validateEvent>
  try {
    event = validateEvent(raw, {
      'webhook-id': c.req.header('webhook-id') ?? '',
      'webhook-timestamp': c.req.header('webhook-timestamp') ?? '',
      'webhook-signature': c.req.header('webhook-signature') ?? '',
    }, c.env.POLAR_WEBHOOK_SECRET)
  } catch (err) {
    if (err instanceof WebhookVerificationError) return c.json({ error: 'bad signature' }, 403)
    throw err
  }
  if (event.type === 'subscription.updated') {
    await c.get('db').update(workspaces).set({ plan: event.data.product.name }).where(eq(workspaces.stripeCustomerId, event.data.customerId))
  }
  return c.json({ received: true })
})

// survey answers imported from Typeform, checked by a helper of our own
// ok: missing-auth
// ok: unverified-webhook
hooks.post('/typeform', async (c) => {
  const raw = await c.req.text()
  const ok = await verifyTypeformSignature(c.env.TYPEFORM_WEBHOOK_SECRET, raw, c.req.header('typeform-signature'))
  if (!ok) return c.json({ error: 'bad signature' }, 401)
  const payload = JSON.parse(raw) as { event_id: string; form_response: { form_id: string } }
  await c.get('db').insert(emailEvents).values({ id: payload.event_id, recipient: payload.form_response.form_id, kind: 'typeform', at: new Date() })
  return c.json({ ok: true })
})

async function hmacHex(secret: string, payload: string): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(payload))
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

export default hooks
