import { withAuth } from '../../../lib/withAuth';
import User from '../../../models/User';

// expect: missing-role-check
export default withAuth(async (req, res) => {
  if (req.method !== 'GET') return res.status(405).end();
  // expect: unscoped-tenant-query
  const coaches = await User.find({}).select('email name role practice').populate('practice', 'name plan').lean();
  res.json(coaches);
});
