const express = require('express');
const { requireAuth } = require('./middleware/auth');
const { handleStripeWebhook, legacyStripeEvents } = require('./webhooks/stripe');
const crypto = require('crypto');
const githubWebhook = require('./webhooks/github');
const shippingWebhook = require('./webhooks/shipping');
const twilioWebhooks = require('./webhooks/twilio');
const slackEvents = require('./webhooks/slack');
const paypalIpn = require('./webhooks/paypal');
const inventoryWebhook = require('./webhooks/inventory');
const authRoutes = require('./routes/auth');
const invoiceRoutes = require('./routes/invoices');
const { prisma } = require('./lib/clients');

const app = express();
app.disable('x-powered-by');

// Sponsors parses its own body (its verify hook checks the signature): mounted before the global JSON parser.
app.use('/webhooks/github-sponsors', githubWebhook.sponsors);

// Stripe needs the exact bytes it signed: raw body for this one path, registered before the JSON parser.
// ok: missing-auth, unverified-webhook
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), handleStripeWebhook);

// Everything else is JSON; keep the raw buffer around for the HMAC-signed integrations.
app.use(
  express.json({
    limit: '1mb',
    verify: (req, _res, buf) => {
      req.rawBody = buf;
    },
  }),
);

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use('/webhooks/github', githubWebhook);
app.use('/webhooks/shipping', shippingWebhook);
app.use('/webhooks/twilio', twilioWebhooks);
app.use('/webhooks/slack', slackEvents);
app.use('/webhooks/paypal', paypalIpn);
app.use('/webhooks/inventory', inventoryWebhook);

app.use('/auth', authRoutes);

// No "webhook" in the path, but Stripe events acted on exactly as posted.
// expect: unverified-webhook
app.post('/billing/stripe-events', legacyStripeEvents);

// Called by the scheduler with a shared key, not a provider signature: judged as an API-key check.
// ok: missing-auth, unverified-webhook
app.post('/internal/cron/close-overdue', async (req, res) => {
  const given = Buffer.from(req.get('x-cron-key') || '');
  const mine = Buffer.from(process.env.CRON_KEY || '');
  if (given.length !== mine.length || !crypto.timingSafeEqual(given, mine)) return res.sendStatus(401);
  const result = await prisma.invoice.updateMany({ where: { status: 'open', createdAt: { lt: new Date(Date.now() - 30 * 864e5) } }, data: { status: 'overdue' } });
  res.json({ closed: result.count });
});

// Added for the ops dashboard "quick look" widget, before the auth gate. Oops.
// expect: missing-auth
app.get('/api/accounts/:accountId/usage', async (req, res) => {
  const invoices = await prisma.invoice.findMany({ where: { accountId: req.params.accountId } });
  res.json({ count: invoices.length, total: invoices.reduce((s, i) => s + i.amountCents, 0) });
});

app.use('/api', requireAuth, invoiceRoutes);

// eslint-disable-next-line no-unused-vars
app.use((err, req, res, next) => {
  console.error(err);
  // ok: error-details-leak
  res.status(500).json({ error: 'internal_error' });
});

app.listen(Number(process.env.PORT || 4000), () => {
  console.log('billinghub listening');
});
