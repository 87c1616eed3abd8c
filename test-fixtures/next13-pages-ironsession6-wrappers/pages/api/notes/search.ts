import { prisma } from '../../../lib/db';
import { withSessionRoute } from '../../../lib/withSession';

// ok: missing-auth
export default withSessionRoute(async (req, res) => {
  const user = req.session.user;
  if (!user) return res.status(401).json({ message: 'Unauthorized' });
  // ok: unscoped-tenant-query
  const notes = await prisma.note.findMany({
    where: { teamId: user.teamId, body: { contains: String(req.query.q ?? '') } },
    take: 20,
  });
  res.json(notes);
});
