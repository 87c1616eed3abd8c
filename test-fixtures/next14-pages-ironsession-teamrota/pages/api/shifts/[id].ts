import type { NextApiResponse } from 'next';
import { prisma } from '../../../lib/prisma';
import { withAuth, type AuthedRequest } from '../../../lib/session';

async function handler(req: AuthedRequest, res: NextApiResponse) {
  const id = String(req.query.id);

  switch (req.method) {
    case 'GET': {
      // expect: unscoped-tenant-query
      const shift = await prisma.shift.findUnique({ where: { id } });
      if (!shift) return res.status(404).json({ error: 'Not found' });
      return res.json(shift);
    }
    case 'PATCH': {
      const { note, userId } = req.body as { note?: string; userId?: string };
      // ok: unscoped-tenant-query
      const result = await prisma.shift.updateMany({
        where: { id, teamId: req.user.teamId },
        data: { note, userId },
      });
      if (result.count === 0) return res.status(404).json({ error: 'Not found' });
      return res.json({ ok: true });
    }
    case 'DELETE': {
      // ok: unscoped-tenant-query
      const existing = await prisma.shift.findUnique({ where: { id } });
      if (!existing || existing.teamId !== req.user.teamId) {
        return res.status(404).json({ error: 'Not found' });
      }
      try {
        // ok: unscoped-tenant-query
        await prisma.shift.delete({ where: { id } });
      } catch (err) {
        // expect: error-details-leak
        return res.status(500).json({ error: (err as Error).message });
      }
      return res.status(204).end();
    }
    default:
      res.setHeader('Allow', 'GET, PATCH, DELETE');
      return res.status(405).end();
  }
}

// ok: missing-auth
// expect: missing-input-validation
export default withAuth(handler);
