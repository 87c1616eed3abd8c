import type { NextApiRequest, NextApiResponse } from 'next';
import mongoose from 'mongoose';
import { connectDb } from '@/lib/db';

// ok: missing-auth
export default async function status(_req: NextApiRequest, res: NextApiResponse) {
  await connectDb();
  const dbUp = mongoose.connection.readyState === 1;
  res.status(dbUp ? 200 : 503).json({ status: dbUp ? 'ok' : 'degraded', version: process.env.APP_VERSION ?? 'dev' });
}
