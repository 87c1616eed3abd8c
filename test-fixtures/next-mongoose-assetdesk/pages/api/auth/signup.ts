import type { NextApiRequest, NextApiResponse } from 'next';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { Organization } from '@/models/Organization';
import { User } from '@/models/User';

const SignupSchema = z.object({
  company: z.string().min(2).max(120),
  name: z.string().min(1).max(120),
  email: z.string().email(),
  password: z.string().min(10).max(200),
});

// expect: missing-rate-limit
// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const parsed = SignupSchema.safeParse(req.body);
  if (!parsed.success) {
    return res.status(400).json({ error: 'Invalid input', issues: parsed.error.flatten() });
  }
  const { company, name, email, password } = parsed.data;
  try {
    await connectDb();
    const slug = company.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const org = await Organization.create({ name: company, slug });
    const passwordHash = await bcrypt.hash(password, 12);
    const user = await User.create({ email, name, passwordHash, role: 'owner', organization: org._id });
    return res.status(201).json({ id: user._id, organization: org._id });
  } catch (err: any) {
    // expect: error-details-leak
    return res.status(500).json({ error: err.message });
  }
}
