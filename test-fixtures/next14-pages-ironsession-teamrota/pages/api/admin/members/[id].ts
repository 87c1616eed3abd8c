import { z } from 'zod';
import { prisma } from '../../../../lib/prisma';
import { withRole } from '../../../../lib/session';

const RoleChange = z.object({ role: z.enum(['ADMIN', 'MEMBER']) });

// ok: missing-auth, missing-role-check, missing-input-validation
export default withRole(['OWNER', 'ADMIN'], async (req, res) => {
  const id = String(req.query.id);
  if (req.method === 'PATCH') {
    const { role } = RoleChange.parse(req.body);
    // ok: unscoped-tenant-query
    const updated = await prisma.user.updateMany({ where: { id, teamId: req.user.teamId }, data: { role } });
    return res.json({ updated: updated.count });
  }
  if (req.method === 'DELETE') {
    // expect: unscoped-tenant-query
    await prisma.user.delete({ where: { id } });
    return res.status(204).end();
  }
  res.status(405).end();
});
