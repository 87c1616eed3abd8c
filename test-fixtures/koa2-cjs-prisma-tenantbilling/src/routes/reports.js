'use strict';

const Router = require('@koa/router');
const prisma = require('../lib/prisma');

// dashboard widgets for the portal's home page
const router = new Router();

// expect: missing-auth
router.get('/outstanding', async (ctx) => {
  const invoices = await prisma.invoice.findMany({
    where: { orgId: String(ctx.query.orgId), status: { in: ['open', 'overdue'] } },
    select: { id: true, number: true, amountCents: true, dueDate: true, customer: { select: { name: true } } },
  });
  ctx.body = { count: invoices.length, invoices };
});

router.get('/currencies', (ctx) => {
  ctx.body = { currencies: ['usd', 'eur', 'gbp'] };
});

module.exports = router;
