import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

const RoleBody = z.object({ role: z.enum(['admin', 'member']) });

// expect: missing-role-check
// ok: missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'PUT') return res.status(405).end();
  const parsed = RoleBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid role' });

  await connectDb();
  // ok: unscoped-tenant-query
  const user = await User.findOneAndUpdate(
    { _id: req.query.id, organization: session.user.orgId },
    { role: parsed.data.role },
    { new: true },
  );
  if (!user) return res.status(404).json({ error: 'User not found' });
  return res.json({ id: user._id, role: user.role });
});
