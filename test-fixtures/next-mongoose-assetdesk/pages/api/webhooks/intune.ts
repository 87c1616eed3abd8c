import type { NextApiRequest, NextApiResponse } from 'next';
import crypto from 'node:crypto';
import { connectDb } from '@/lib/db';
import { Asset } from '@/models/Asset';

// expect: unverified-webhook
// ok: missing-auth
export default async function intuneWebhook(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  // expect: public-env-secret
  const secret = process.env.NEXT_PUBLIC_INTUNE_WEBHOOK_SECRET!;
  const expected = crypto.createHmac('sha256', secret).update(JSON.stringify(req.body)).digest('hex');
  if (req.headers['x-intune-signature'] !== expected) {
    return res.status(401).json({ error: 'bad signature' });
  }

  await connectDb();
  const { serialNumber, complianceState } = req.body;
  if (complianceState === 'noncompliant') {
    // ok: unscoped-tenant-query
    await Asset.updateMany({ serialNumber }, { status: 'repair' });
  }
  return res.status(200).json({ ok: true });
}
