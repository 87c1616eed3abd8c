import type { NextApiRequest, NextApiResponse } from 'next';
import { prisma } from '@/lib/prisma';
import { requireUser } from '@/lib/session';

async function listMembers(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  // ok: unscoped-tenant-query
  const members = await prisma.user.findMany({
    where: { workspaceId: user.workspaceId },
    select: { id: true, email: true, role: true },
  });
  res.json(members);
}

async function removeMember(req: NextApiRequest, res: NextApiResponse) {
  const user = await requireUser(req, res);
  if (!user) return;
  if (user.role !== 'OWNER') return res.status(403).json({ error: 'Only owners can remove members' });
  // ok: unscoped-tenant-query
  await prisma.user.deleteMany({ where: { id: String(req.query.userId), workspaceId: user.workspaceId } });
  res.status(204).end();
}

// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method === 'GET') {
    return listMembers(req, res);
  } else if (req.method === 'DELETE') {
    return removeMember(req, res);
  }
  res.status(405).end();
}
