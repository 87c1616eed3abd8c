import { withAuth } from '../../../lib/withAuth';
import Client from '../../../models/Client';

// expect: missing-rate-limit
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  // ok: unscoped-tenant-query
  const clients = await Client.find({ practice: session.user.practiceId }).lean();
  const lines = clients.map((c) => [c._id, c.name, c.email ?? '', (c.allergies || []).join(';')].join(','));
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="clients.csv"');
  res.send(['id,name,email,allergies', ...lines].join('\n'));
});
