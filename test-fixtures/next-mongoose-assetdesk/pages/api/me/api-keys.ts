import crypto from 'node:crypto';
import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { ApiKey } from '@/models/Invite';

const KeyBody = z.object({ label: z.string().min(1).max(60) });

// ok: missing-input-validation, missing-auth
export default withAuth(async (req, res, session) => {
  await connectDb();
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const keys = await ApiKey.find({ user: session.user.id, organization: session.user.orgId }).select('label prefix createdAt').lean();
    return res.json(keys);
  }
  if (req.method === 'POST') {
    const { label } = KeyBody.parse(req.body);
    const apiKey = `ad_${crypto.randomBytes(24).toString('hex')}`;
    await ApiKey.create({
      label,
      user: session.user.id,
      organization: session.user.orgId,
      prefix: apiKey.slice(0, 7),
      keyHash: crypto.createHash('sha256').update(apiKey).digest('hex'),
    });
    // expect: token-logging
    console.log('issued api key', { user: session.user.email, apiKey });
    return res.status(201).json({ apiKey });
  }
  if (req.method === 'DELETE') {
    // ok: unscoped-tenant-query
    await ApiKey.deleteOne({ _id: req.query.keyId, user: session.user.id });
    return res.status(204).end();
  }
  return res.status(405).end();
});
