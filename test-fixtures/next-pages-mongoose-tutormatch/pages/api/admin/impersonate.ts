import jwt from 'jsonwebtoken';
import { serialize } from 'cookie';
import { z } from 'zod';
import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

const Body = z.object({ userId: z.string().length(24) });

// owners look at the app as one of their tutors for support
// ok: missing-auth, missing-role-check, missing-input-validation
export default withRole(['owner'], async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { userId } = Body.parse(req.body);
  await connectDb();
  // ok: unscoped-tenant-query
  const target = await User.findOne({ _id: userId, agencyId: session.user.agencyId }).lean<any>();
  if (!target) return res.status(404).json({ error: 'No such user' });
  const token = jwt.sign({ sub: String(target._id), actor: session.user.id }, process.env.IMPERSONATION_SECRET as string, {
    algorithm: 'HS256',
    expiresIn: '30m',
  });
  res.setHeader(
    'Set-Cookie',
    // ok: insecure-cookie
    serialize('tm_impersonate_session', token, { httpOnly: true, secure: process.env.NODE_ENV === 'production', sameSite: 'strict', path: '/' }),
  );
  return res.json({ ok: true });
});
