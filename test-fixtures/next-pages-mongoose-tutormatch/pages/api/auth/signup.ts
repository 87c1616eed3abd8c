import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { Agency, User } from '@/models/User';

const SignupSchema = z.object({
  agencyName: z.string().min(2).max(120),
  name: z.string().min(1).max(80),
  email: z.string().email(),
  password: z.string().min(10).max(200),
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return res.status(405).end();
  }
  // expect: token-logging
  console.info('[signup] request', req.body);
  const parsed = SignupSchema.safeParse(req.body);
  if (!parsed.success) return res.status(400).json({ error: parsed.error.flatten() });
  const { agencyName, name, email, password } = parsed.data;

  await connectDb();
  // ok: unscoped-tenant-query
  const existing = await User.exists({ email: email.toLowerCase() });
  if (existing) return res.status(409).json({ error: 'Email already registered' });

  const agency = await Agency.create({ name: agencyName, slug: agencyName.toLowerCase().replace(/[^a-z0-9]+/g, '-') });
  const user = await User.create({
    email,
    name,
    passwordHash: await bcrypt.hash(password, 12),
    agencyId: agency._id,
    role: 'owner',
  });
  return res.status(201).json({ id: user._id, agencyId: agency._id });
}
