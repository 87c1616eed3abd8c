import type { NextApiRequest, NextApiResponse } from 'next';
import { getToken } from 'next-auth/jwt';
import { z } from 'zod';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';

const GuardianInput = z.object({ guardianEmail: z.string().email(), guardianPhone: z.string().max(30).optional() });

// ok: missing-auth, missing-input-validation
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const token = await getToken({ req, secret: process.env.NEXTAUTH_SECRET });
  if (!token) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'PUT') return res.status(405).end();
  const parsed = GuardianInput.safeParse(req.body);
  if (!parsed.success) {
    // ok: error-details-leak
    return res.status(400).json({ error: parsed.error.message });
  }
  await connectDb();
  // ok: unscoped-tenant-query
  const student = await Student.findOneAndUpdate({ _id: req.query.id, agencyId: token.agencyId }, parsed.data, { new: true });
  if (!student) return res.status(404).json({ error: 'Not found' });
  return res.json({ ok: true });
}
