import type { NextApiRequest, NextApiResponse } from 'next';
import type { Session } from 'next-auth';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/withAuth';

async function handler(req: NextApiRequest, res: NextApiResponse, session: Session) {
  // expect: token-logging
  console.log('[admin/users]', req.method, 'authorization:', req.headers.authorization);

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const users = await prisma.user.findMany({
      where: { agencyId: session.user.agencyId },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
      orderBy: { createdAt: 'asc' },
    });
    return res.status(200).json(users);
  }

  if (req.method === 'DELETE') {
    const userId = req.query.id;
    if (typeof userId !== 'string') {
      return res.status(400).json({ error: 'id is required' });
    }
    if (userId === session.user.id) {
      return res.status(400).json({ error: 'You cannot remove yourself' });
    }

    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id: userId } });
    return res.status(204).end();
  }

  res.setHeader('Allow', 'GET, DELETE');
  return res.status(405).end();
}

// ok: missing-auth
// expect: missing-role-check
export default withAuth(handler);
