'use strict';

const Router = require('@koa/router');
const prisma = require('../lib/prisma');

const router = new Router();

router.get('/', async (ctx) => {
  ctx.body = await prisma.customer.findMany({
    where: { orgId: ctx.state.user.orgId },
    orderBy: { name: 'asc' },
  });
});

router.get('/:customerId', async (ctx) => {
  // ok: unscoped-tenant-query
  const customer = await prisma.customer.findUnique({ where: { id: ctx.params.customerId } });
  ctx.assert(customer && customer.orgId === ctx.state.user.orgId, 404, 'Customer not found');
  ctx.body = customer;
});

// expect: missing-input-validation
router.put('/:customerId', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await prisma.customer.update({
    where: { id: ctx.params.customerId },
    data: ctx.request.body,
  });
});

router.get('/:customerId/payments', async (ctx) => {
  // expect: unscoped-tenant-query
  ctx.body = await prisma.payment.findMany({
    where: { customerId: ctx.params.customerId },
    orderBy: { createdAt: 'desc' },
  });
});

module.exports = router;
