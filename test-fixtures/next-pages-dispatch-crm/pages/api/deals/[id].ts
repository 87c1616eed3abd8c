import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser, type SessionUser } from '@/lib/session';

const stageSchema = z.object({ stage: z.enum(['lead', 'qualified', 'proposal', 'won', 'lost']) });

async function showDeal(req: NextApiRequest, res: NextApiResponse, user: SessionUser) {
  // ok: unscoped-tenant-query
  const deal = await prisma.deal.findFirst({ where: { id: String(req.query.id), workspaceId: user.workspaceId } });
  return deal ? res.json(deal) : res.status(404).json({ error: 'Not found' });
}

async function moveDeal(req: NextApiRequest, res: NextApiResponse, _user: SessionUser) {
  const { stage } = stageSchema.parse(req.body);
  // any signed-in user can move any workspace's deal by id
  // expect: unscoped-tenant-query
  const deal = await prisma.deal.update({ where: { id: String(req.query.id) }, data: { stage } });
  return res.json(deal);
}

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  switch (req.method) {
    case 'GET':
      return showDeal(req, res, user);
    case 'PUT':
      return moveDeal(req, res, user);
    default:
      res.setHeader('Allow', 'GET, PUT');
      return res.status(405).end();
  }
}
