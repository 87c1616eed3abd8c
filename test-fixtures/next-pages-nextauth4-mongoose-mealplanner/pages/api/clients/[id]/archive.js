import { withAuth } from '../../../../lib/withAuth';
import Client from '../../../../models/Client';

// ok: missing-auth
export default withAuth(async (req, res, session) => {
  switch (req.method) {
    case 'POST': {
      // ok: unscoped-tenant-query
      await Client.updateOne({ _id: req.query.id, practice: session.user.practiceId }, { archivedAt: new Date() });
      return res.json({ ok: true });
    }
    case 'DELETE': {
      if (session.user.role !== 'admin') return res.status(403).json({ error: 'Admins only' });
      // expect: unscoped-tenant-query
      await Client.deleteOne({ _id: req.query.id });
      return res.status(204).end();
    }
    default:
      return res.status(405).end();
  }
});
