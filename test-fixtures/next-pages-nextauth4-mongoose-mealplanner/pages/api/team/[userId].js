import { withAuth } from '../../../lib/withAuth';
import User from '../../../models/User';

// expect: missing-role-check
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'DELETE') return res.status(405).end();
  // ok: unscoped-tenant-query
  await User.deleteOne({ _id: req.query.userId, practice: session.user.practiceId });
  res.status(204).end();
});
