import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';
import { loadDeal } from '@/lib/deals';

// ok: missing-auth
export default async function markWon(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = await requireUser(req, res);
  if (!user) return;
  const dealId = String(req.query.id);
  const deal = await loadDeal(dealId);
  // the deal the helper returned must be the caller's workspace's
  if (!deal || !(deal.workspaceId === user.workspaceId)) return res.status(404).json({ error: 'Not found' });
  // ok: unscoped-tenant-query
  const won = await prisma.deal.update({ where: { id: dealId }, data: { stage: 'won' } });
  return res.json(won);
}
