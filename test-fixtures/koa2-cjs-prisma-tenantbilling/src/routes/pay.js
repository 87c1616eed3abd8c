'use strict';

const Router = require('@koa/router');
const prisma = require('../lib/prisma');

// hosted payment page: customers open /pay/<payToken> from the emailed invoice
const router = new Router();

// ok: missing-auth, unscoped-tenant-query
router.get('/:payToken', async (ctx) => {
  const invoice = await prisma.invoice.findUnique({
    where: { payToken: ctx.params.payToken },
    select: { number: true, amountCents: true, currency: true, status: true, dueDate: true, org: { select: { name: true } } },
  });
  if (!invoice) ctx.throw(404, 'Invoice not found');
  ctx.body = invoice;
});

module.exports = router;
