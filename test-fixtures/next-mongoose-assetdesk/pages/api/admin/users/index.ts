import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

// ok: missing-role-check, missing-auth
export default withRole('admin', async (req, res, session) => {
  await connectDb();
  // ok: unscoped-tenant-query
  const users = await User.find({ organization: session.user.orgId }).select('email name role createdAt').lean();
  return res.json(users);
});
