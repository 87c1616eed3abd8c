import { serialize } from 'cookie';
import { encode } from 'next-auth/jwt';
import { withRole } from '../../../lib/withAuth';
import User from '../../../models/User';

// ok: missing-role-check, missing-auth
export default withRole(['superadmin'], async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  // ok: unscoped-tenant-query
  const target = await User.findById(req.body.userId).lean();
  if (!target) return res.status(404).json({ error: 'Not found' });
  const token = await encode({
    token: { sub: target._id.toString(), role: target.role, practiceId: target.practice.toString(), impersonatedBy: session.user.id },
    secret: process.env.NEXTAUTH_SECRET,
  });
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', serialize('impersonation_token', token, { path: '/', maxAge: 3600 }));
  res.json({ ok: true });
});
