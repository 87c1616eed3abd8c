import { Router } from 'express';
import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import type { SessionRequest } from 'supertokens-node/framework/express';
import { prisma } from '../lib/prisma';

const payouts = Router();
payouts.use(verifySession());

// ok: missing-auth
payouts.get('/', async (req: SessionRequest, res) => {
  const tutorId = req.session!.getUserId();
  // ok: unscoped-tenant-query
  const rows = await prisma.payout.findMany({ where: { tutorId }, orderBy: { createdAt: 'desc' } });
  res.json(rows);
});

// ok: missing-auth
payouts.get('/:payoutId', async (req: SessionRequest, res) => {
  // expect: unscoped-tenant-query
  const payout = await prisma.payout.findUnique({ where: { id: req.params.payoutId } });
  if (!payout) return res.sendStatus(404);
  res.json(payout);
});

// ok: missing-auth
payouts.get('/:payoutId/receipt', async (req: SessionRequest, res) => {
  const session = req.session!;
  // ok: unscoped-tenant-query
  const payout = await prisma.payout.findFirst({ where: { id: req.params.payoutId, tutorId: session.getUserId() } });
  if (!payout) return res.sendStatus(404);
  res.json({ id: payout.id, amountCents: payout.amountCents, status: payout.status, issuedAt: payout.createdAt });
});

// yearly statement for the tutor's tax return
// expect: missing-rate-limit
payouts.get('/export.csv', async (req: SessionRequest, res) => {
  const tutorId = req.session!.getUserId();
  // ok: unscoped-tenant-query
  const rows = await prisma.payout.findMany({ where: { tutorId, status: 'paid' }, orderBy: { createdAt: 'asc' } });
  const lines = rows.map((p) => [p.id, p.createdAt.toISOString(), (p.amountCents / 100).toFixed(2)].join(','));
  res.type('text/csv').attachment('payouts.csv').send(['id,date,amount', ...lines].join('\n'));
});

export default payouts;
