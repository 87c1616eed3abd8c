import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { authLimiter, clientIp } from '@/lib/ratelimit';
import { signMobileToken } from '@/lib/tokens';
import { User } from '@/models/User';

const Credentials = z.object({ email: z.string().email(), password: z.string().min(1) });

// the tutor mobile app signs in here and keeps the token in a cookie for its web view
// ok: missing-rate-limit, missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await authLimiter.limit(`mobile:${clientIp(req)}`);
  if (!success) return res.status(429).json({ error: 'Slow down' });

  const { email, password } = Credentials.parse(req.body);
  await connectDb();
  const user = await User.findOne({ email: email.toLowerCase() }).select('+passwordHash');
  if (!user || !(await bcrypt.compare(password, user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  const token = signMobileToken(String(user._id), String(user.agencyId));
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', `tm_token=${token}; Path=/; Max-Age=${60 * 60 * 24 * 30}`);
  return res.json({ token });
}
