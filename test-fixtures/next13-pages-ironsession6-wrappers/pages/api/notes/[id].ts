import { prisma } from '../../../lib/db';
import { withSessionRoute } from '../../../lib/withSession';

// (the wrapper only loads the session; nothing here checks it)
// expect: missing-auth
export default withSessionRoute(async (req, res) => {
  const note = await prisma.note.findUnique({ where: { id: String(req.query.id) } });
  if (!note) return res.status(404).end();
  res.json(note);
});
