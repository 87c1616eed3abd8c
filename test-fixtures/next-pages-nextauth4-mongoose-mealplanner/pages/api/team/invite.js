import crypto from 'crypto';
import { z } from 'zod';
import { withAuth } from '../../../lib/withAuth';
import User from '../../../models/User';

const inviteSchema = z.object({ email: z.string().email(), name: z.string().min(1) });

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { email, name } = inviteSchema.parse(req.body);
  const inviteToken = crypto.randomBytes(24).toString('hex');
  await User.create({ email, name, role: 'coach', practice: session.user.practiceId, inviteToken });
  res.setHeader(
    'Set-Cookie',
    // ok: insecure-cookie
    `last_invite_token=${inviteToken}; Path=/; HttpOnly; Secure; SameSite=Lax; Max-Age=600`
  );
  res.status(201).json({ ok: true });
});
