import type { NextApiRequest, NextApiResponse } from 'next';
import mongoose from 'mongoose';
import { connectDb } from '@/lib/db';

// ok: missing-auth
export default async function handler(_req: NextApiRequest, res: NextApiResponse) {
  try {
    await connectDb();
    return res.json({ ok: mongoose.connection.readyState === 1 });
  } catch {
    return res.status(503).json({ ok: false });
  }
}
