import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

const JoinBody = z.object({ token: z.string().min(20) });

// a tutor who already has an account joins a second agency with the link the agency mailed
// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { token } = JoinBody.parse(req.body);
  // expect: insecure-jwt
  const claims = jwt.decode(token) as { agencyId: string; email: string } | null;
  if (!claims || claims.email !== session.user.email) return res.status(400).json({ error: 'Invalid link' });
  await connectDb();
  // ok: unscoped-tenant-query
  await User.updateOne({ _id: session.user.id }, { agencyId: claims.agencyId, role: 'tutor' });
  return res.json({ agencyId: claims.agencyId });
});
