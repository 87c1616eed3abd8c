'use strict';

const crypto = require('crypto');
const Router = require('@koa/router');
const prisma = require('../lib/prisma');
const stripe = require('../lib/stripe');
const schemas = require('../validation/schemas');

const router = new Router();

router.get('/', async (ctx) => {
  // ok: unscoped-tenant-query
  ctx.body = await prisma.invoice.findMany({
    where: { orgId: ctx.state.user.orgId, status: ctx.query.status || undefined },
    orderBy: { createdAt: 'desc' },
    take: 100,
  });
});

router.get('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({
    where: { id: ctx.params.id },
    include: { lineItems: true, customer: true },
  });
  if (!invoice) ctx.throw(404, 'Invoice not found');
  ctx.body = invoice;
});

// ok: missing-input-validation
router.post('/', async (ctx) => {
  const input = await schemas.createInvoice.validateAsync(ctx.request.body, { stripUnknown: true });
  const customer = await prisma.customer.findFirst({
    where: { id: input.customerId, orgId: ctx.state.user.orgId },
  });
  if (!customer) ctx.throw(422, 'Unknown customer');
  const amountCents = input.lineItems.reduce((sum, li) => sum + li.quantity * li.unitCents, 0);
  ctx.status = 201;
  ctx.body = await prisma.invoice.create({
    data: {
      orgId: ctx.state.user.orgId,
      customerId: customer.id,
      number: input.number,
      currency: input.currency,
      dueDate: input.dueDate,
      amountCents,
      payToken: crypto.randomBytes(24).toString('base64url'),
      lineItems: { create: input.lineItems },
    },
  });
});

// expect: missing-input-validation
router.patch('/:id', async (ctx) => {
  // ok: unscoped-tenant-query
  const { count } = await prisma.invoice.updateMany({
    where: { id: ctx.params.id, orgId: ctx.state.user.orgId, status: 'draft' },
    data: ctx.request.body,
  });
  if (!count) ctx.throw(404, 'Draft invoice not found');
  ctx.status = 204;
});

router.post('/:id/void', async (ctx) => {
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({
    where: { id: ctx.params.id, orgId: ctx.params.orgId },
  });
  if (!invoice) ctx.throw(404, 'Invoice not found');
  ctx.body = await prisma.invoice.update({ where: { id: invoice.id }, data: { status: 'void' } });
});

router.post('/:id/charge', async (ctx) => {
  const invoice = await prisma.invoice.findFirst({
    where: { id: ctx.params.id, orgId: ctx.state.user.orgId, status: 'open' },
  });
  if (!invoice) ctx.throw(404, 'Open invoice not found');
  try {
    const intent = await stripe.paymentIntents.create({
      amount: invoice.amountCents,
      currency: invoice.currency,
      metadata: { invoiceId: invoice.id, orgId: invoice.orgId },
    });
    await prisma.invoice.update({ where: { id: invoice.id }, data: { stripePaymentIntentId: intent.id } });
    ctx.body = { clientSecret: intent.client_secret };
  } catch (err) {
    ctx.status = 502;
    // expect: error-details-leak
    ctx.body = { error: 'payment_provider_error', detail: err.message };
  }
});

router.delete('/:id', async (ctx) => {
  // expect: unscoped-tenant-query
  await prisma.invoice.delete({ where: { id: ctx.params.id } });
  ctx.status = 204;
});

module.exports = router;
