import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { serialize } from 'cookie';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { issueMobileToken } from '@/lib/mobileToken';
import { strictLimiter, clientIp } from '@/lib/ratelimit';
import { User } from '@/models/User';

const LoginSchema = z.object({
  email: z.string().email(),
  password: z.string().min(1),
  deviceId: z.string().min(8).max(64),
});

// ok: missing-rate-limit, missing-auth
export default async function mobileLogin(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await strictLimiter.limit(`mlogin:${clientIp(req)}`);
  if (!success) return res.status(429).json({ error: 'Too many attempts' });

  const body = LoginSchema.safeParse(req.body);
  if (!body.success) return res.status(400).json({ error: 'Invalid input' });

  await connectDb();
  const user = await User.findOne({ email: body.data.email.toLowerCase() }).select('+passwordHash');
  if (!user || !(await bcrypt.compare(body.data.password, user.passwordHash))) {
    return res.status(401).json({ error: 'Invalid credentials' });
  }
  const token = issueMobileToken({ sub: String(user._id), orgId: String(user.organization), deviceId: body.data.deviceId });
  // expect: insecure-cookie
  res.setHeader('Set-Cookie', serialize('ad_mobile_token', token, { path: '/', maxAge: 60 * 60 * 12 }));
  return res.json({ token });
}
