import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'node:crypto';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { strictLimiter, clientIp } from '@/lib/ratelimit';
import { User } from '@/models/User';

const Body = z.object({ email: z.string().email() });

// ok: missing-rate-limit, missing-auth
export default async function forgotPassword(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await strictLimiter.limit(`forgot:${clientIp(req)}`);
  if (!success) return res.status(429).json({ error: 'Too many requests' });

  const parsed = Body.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid email' });

  await connectDb();
  const user = await User.findOne({ email: parsed.data.email.toLowerCase() });
  if (user) {
    const resetToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(resetToken).digest('hex');
    user.resetTokenExpires = new Date(Date.now() + 30 * 60 * 1000);
    await user.save();
    const link = `${process.env.NEXTAUTH_URL}/reset-password?token=${resetToken}`;
    // expect: token-logging
    console.info(`[mail] password reset for ${user.email}: ${link}`);
  }
  return res.status(202).json({ ok: true });
}
