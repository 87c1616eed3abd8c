import Router from '@koa/router';
import { db } from '../db';
import { requireRole, requireStaff, type StaffClaims } from '../middleware/auth';

export const paymentsRouter = new Router({ prefix: '/payments' });
paymentsRouter.use(requireStaff);

// ok: missing-auth
paymentsRouter.get('/', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  ctx.body = await db('payments as pay')
    .join('leases as l', 'l.id', 'pay.lease_id')
    .where('pay.company_id', user.companyId)
    .modify((qb) => {
      if (ctx.query.status) qb.andWhere('pay.status', String(ctx.query.status));
    })
    .select('pay.*', 'l.unit')
    .orderBy('pay.created_at', 'desc')
    .limit(200);
});

// ok: missing-auth
paymentsRouter.get('/lease/:leaseId', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const { rows } = await db.raw('select * from payments where lease_id = :leaseId and company_id = :companyId order by created_at desc', {
    leaseId: ctx.params.leaseId,
    companyId: user.companyId,
  });
  ctx.body = rows;
});

// ok: missing-auth
paymentsRouter.get('/:id/receipt', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const payment = await db('payments').where({ id: ctx.params.id }).first();
  if (!payment || payment.company_id !== user.companyId) ctx.throw(404, 'Payment not found');
  ctx.body = { id: payment.id, amount: payment.amount_cents / 100, paidAt: payment.paid_at };
});

// ok: missing-auth
paymentsRouter.get('/by-unit/:leaseId', async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  ctx.body = await db('payments as pay')
    .join('leases as l', 'l.id', 'pay.lease_id')
    .join('properties as p', 'p.id', 'l.property_id')
    .where('l.id', ctx.params.leaseId)
    .andWhere('p.company_id', user.companyId)
    .select('pay.id', 'pay.amount_cents', 'pay.status', 'pay.paid_at');
});

// expect: missing-rate-limit
// ok: missing-auth, missing-role-check
paymentsRouter.get('/export.csv', requireRole('admin', 'manager'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  try {
    // ok: unscoped-tenant-query
    const rows = await db('payments').where({ company_id: user.companyId }).select('id', 'lease_id', 'amount_cents', 'status', 'paid_at');
    ctx.type = 'text/csv';
    ctx.body = ['id,lease_id,amount,status,paid_at', ...rows.map((r) => `${r.id},${r.lease_id},${r.amount_cents / 100},${r.status},${r.paid_at ?? ''}`)].join('\n');
  } catch (err: any) {
    ctx.status = 500;
    // expect: error-details-leak
    ctx.body = { error: 'Export failed', reason: err.message };
  }
});

// ok: missing-auth, missing-role-check
paymentsRouter.post('/:id/refund', requireRole('admin'), async (ctx) => {
  const user = ctx.state.user as StaffClaims;
  // ok: unscoped-tenant-query
  const count = await db('payments').where({ id: ctx.params.id, company_id: user.companyId, status: 'paid' }).update({ status: 'refund_requested' });
  if (!count) ctx.throw(404);
  ctx.status = 202;
});
