import { Hono } from 'hono';
import Stripe from 'stripe';
import { db, type AppEnv } from '../lib/env';
import { notifications, incidents } from '../db/schema';
import { hmacKey, hexToBytes, bytesToHex } from '../lib/hmac';

export const webhooks = new Hono<AppEnv>();

// Linear: HMAC-SHA256 (hex) of the raw body in `linear-signature`, checked by Web Crypto's verify.
// ok: unverified-webhook, missing-auth
webhooks.post('/linear', async (c) => {
  const raw = await c.req.text();
  const signature = c.req.header('linear-signature') ?? '';
  const key = await hmacKey(c.env.LINEAR_WEBHOOK_SECRET, 'verify');
  const valid = await crypto.subtle.verify('HMAC', key, hexToBytes(signature), new TextEncoder().encode(raw));
  if (!valid) return c.text('invalid signature', 401);

  const event = JSON.parse(raw);
  if (event.type === 'Issue' && event.action === 'create') {
    await db(c.env.DB).insert(notifications).values({ source: 'linear', title: event.data.title, body: event.url, createdAt: new Date() });
  }
  return c.body(null, 204);
});

// Sentry integration: signs the body with the client secret; the digest is compared as a string.
// expect: unverified-webhook
webhooks.post('/sentry', async (c) => {
  const raw = await c.req.text();
  const key = await hmacKey(c.env.SENTRY_CLIENT_SECRET, 'sign');
  const digest = bytesToHex(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(raw)));
  if (digest !== c.req.header('sentry-hook-signature')) return c.text('invalid signature', 401);

  const { action, data } = JSON.parse(raw);
  await db(c.env.DB).insert(notifications).values({ source: 'sentry', title: `${action}: ${data.issue?.title ?? 'event'}`, createdAt: new Date() });
  return c.body(null, 204);
});

// Uptime checker pings this on state change. "It's only status data", so nobody added a check.
// expect: unverified-webhook
webhooks.post('/uptime', async (c) => {
  const { monitorId, state } = await c.req.json<{ monitorId: string; state: string }>();
  await db(c.env.DB)
    .insert(incidents)
    .values({ id: monitorId, provider: 'uptime', status: state, updatedAt: new Date() })
    .onConflictDoUpdate({ target: incidents.id, set: { status: state, updatedAt: new Date() } });
  return c.json({ ok: true });
});

// Stripe on Workers: async construct with the SubtleCrypto provider, but a failed check falls back to
// the unverified body ("so staging keeps working"). A forged event is acted on.
// expect: unverified-webhook
webhooks.post('/stripe', async (c) => {
  const stripe = new Stripe(c.env.STRIPE_SECRET_KEY, { httpClient: Stripe.createFetchHttpClient() });
  const body = await c.req.text();
  let event: Stripe.Event;
  try {
    event = await stripe.webhooks.constructEventAsync(
      body,
      c.req.header('stripe-signature') ?? '',
      c.env.STRIPE_WEBHOOK_SECRET,
      undefined,
      Stripe.createSubtleCryptoProvider(),
    );
  } catch (err) {
    console.warn('stripe signature check failed, using payload as-is', err);
    event = JSON.parse(body) as Stripe.Event;
  }
  if (event.type === 'invoice.payment_failed') {
    await db(c.env.DB).insert(notifications).values({ source: 'stripe', title: 'Payment failed', createdAt: new Date() });
  }
  return c.json({ received: true });
});

// ok: missing-auth
webhooks.get('/health', (c) => c.json({ ok: true }));
