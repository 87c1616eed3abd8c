import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'crypto';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { authLimiter, clientIp } from '@/lib/ratelimit';
import { sendResetEmail } from '@/lib/mailer';
import { User } from '@/models/User';

const Body = z.object({ email: z.string().email() });

// ok: missing-rate-limit, missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();

  const { success } = await authLimiter.limit(`forgot:${clientIp(req)}`);
  if (!success) return res.status(429).json({ error: 'Too many requests' });

  const { email } = Body.parse(req.body);
  await connectDb();
  // ok: unscoped-tenant-query
  const user = await User.findOne({ email: email.toLowerCase() });
  if (user) {
    const rawToken = crypto.randomBytes(32).toString('hex');
    user.resetTokenHash = crypto.createHash('sha256').update(rawToken).digest('hex');
    user.resetTokenExpires = new Date(Date.now() + 30 * 60 * 1000);
    await user.save();
    const resetUrl = `${process.env.NEXT_PUBLIC_APP_URL}/reset-password?token=${rawToken}`;
    // expect: token-logging
    console.log(`[forgot-password] reset link for ${email}: ${resetUrl}`);
    await sendResetEmail(user.email, resetUrl);
  }
  // same answer whether or not the account exists
  return res.status(202).json({ ok: true });
}
