import { prisma } from '../../../lib/db';
import { withSessionRoute } from '../../../lib/withSession';

// the role test sits in the DELETE branch only: GET lists every note to any signed-in member
// expect: missing-role-check
export default withSessionRoute(async (req, res) => {
  const user = req.session.user;
  if (!user) return res.status(401).json({ message: 'Unauthorized' });
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    return res.json(await prisma.note.findMany({ where: { teamId: user.teamId }, orderBy: { id: 'desc' } }));
  }
  if (req.method === 'DELETE') {
    if (user.role !== 'admin') return res.status(403).json({ message: 'Forbidden' });
    // ok: unscoped-tenant-query
    await prisma.note.deleteMany({ where: { teamId: user.teamId } });
    return res.status(204).end();
  }
  res.status(405).end();
});
