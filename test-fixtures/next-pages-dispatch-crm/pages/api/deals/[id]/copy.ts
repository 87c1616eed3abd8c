import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';
import { findDealById } from '@/lib/deals';

const copySchema = z.object({ workspaceId: z.string().cuid() });

// ok: missing-auth, missing-input-validation
export default async function copyDeal(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const user = await requireUser(req, res);
  if (!user) return;
  const { workspaceId } = copySchema.parse(req.body);
  const source = await findDealById(String(req.query.id));
  // compared with the workspace the client named, not the caller's: any deal can be copied out
  if (!source || source.workspaceId !== workspaceId) return res.status(404).json({ error: 'Not found' });
  const copy = await prisma.deal.create({
    data: { title: `${source.title} (copy)`, amount: source.amount, contactId: source.contactId, workspaceId: user.workspaceId },
  });
  return res.status(201).json(copy);
}
