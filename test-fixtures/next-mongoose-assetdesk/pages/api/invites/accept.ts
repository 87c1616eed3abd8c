import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'node:crypto';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { strictLimiter, clientIp } from '@/lib/ratelimit';
import { Invite } from '@/models/Invite';
import { User } from '@/models/User';

const AcceptBody = z.object({
  token: z.string().min(20),
  name: z.string().min(1).max(120),
  password: z.string().min(10),
});

// ok: missing-auth, missing-rate-limit, missing-input-validation
export default async function acceptInvite(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await strictLimiter.limit(`accept:${clientIp(req)}`);
  if (!success) return res.status(429).json({ error: 'Too many requests' });
  const parsed = AcceptBody.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: 'Invalid input' });

  await connectDb();
  const tokenHash = crypto.createHash('sha256').update(parsed.data.token).digest('hex');
  // ok: unscoped-tenant-query
  const invite = await Invite.findOne({ tokenHash, acceptedAt: null });
  if (!invite) return res.status(404).json({ error: 'Invite not found or already used' });

  const passwordHash = await bcrypt.hash(parsed.data.password, 12);
  await User.create({
    email: invite.email,
    name: parsed.data.name,
    passwordHash,
    role: invite.role,
    organization: invite.organization,
  });
  invite.acceptedAt = new Date();
  await invite.save();
  return res.status(201).json({ ok: true });
}
