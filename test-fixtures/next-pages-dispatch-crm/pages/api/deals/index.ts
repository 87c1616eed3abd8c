import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

async function listDeals(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  // ok: unscoped-tenant-query
  const deals = await prisma.deal.findMany({
    where: { workspaceId: user.workspaceId },
    orderBy: { amount: 'desc' },
  });
  return res.json(deals);
}

async function createDeal(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  // the body goes to the database as it came: no schema
  const { title, amount, contactId } = req.body;
  // ok: unscoped-tenant-query
  const contact = await prisma.contact.findFirst({ where: { id: contactId, workspaceId: user.workspaceId } });
  if (!contact) return res.status(404).json({ error: 'Unknown contact' });
  const deal = await prisma.deal.create({
    data: { title, amount, contactId: contact.id, workspaceId: user.workspaceId },
  });
  return res.status(201).json(deal);
}

const handlers = {
  GET: listDeals,
  POST: createDeal,
} as const;

// ok: missing-auth
// expect: missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const run = handlers[req.method as keyof typeof handlers];
  if (!run) {
    res.setHeader('Allow', Object.keys(handlers).join(', '));
    return res.status(405).end();
  }
  return run(req, res);
}
