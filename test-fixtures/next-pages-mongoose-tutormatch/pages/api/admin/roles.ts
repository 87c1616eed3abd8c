import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

const RoleChange = z.object({
  userId: z.string().length(24),
  role: z.enum(['owner', 'manager', 'tutor']),
});

// only the settings page links here, so nobody added withRole
// expect: missing-role-check
// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { userId, role } = RoleChange.parse(req.body);
  await connectDb();
  // expect: unscoped-tenant-query
  const user = await User.findByIdAndUpdate(userId, { role }, { new: true });
  if (!user) return res.status(404).json({ error: 'No such user' });
  return res.json({ id: user._id, role: user.role });
});
