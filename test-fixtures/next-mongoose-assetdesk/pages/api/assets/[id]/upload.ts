import formidable from 'formidable';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { uploadLimiter } from '@/lib/ratelimit';
import { Asset } from '@/models/Asset';

export const config = { api: { bodyParser: false } };

// ok: missing-rate-limit, missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await uploadLimiter.limit(`upload:${session.user.id}`);
  if (!success) return res.status(429).json({ error: 'Upload quota exceeded' });

  await connectDb();
  // ok: unscoped-tenant-query
  const asset = await Asset.findOne({ _id: req.query.id, organization: session.user.orgId });
  if (!asset) return res.status(404).json({ error: 'Not found' });

  // expect: unrestricted-upload
  const form = formidable({ uploadDir: '/tmp/assetdesk', keepExtensions: true });
  const [, files] = await form.parse(req);
  const file = files.file?.[0];
  if (!file) return res.status(400).json({ error: 'No file' });

  asset.attachments.push({ key: file.newFilename, filename: file.originalFilename, size: file.size });
  await asset.save();
  return res.status(201).json({ key: file.newFilename });
});
