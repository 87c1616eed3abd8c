import formidable from 'formidable';
import { promises as fs } from 'fs';
import path from 'path';
import { withAuth } from '../../../lib/withAuth';
import User from '../../../models/User';

export const config = { api: { bodyParser: false } };

// expect: missing-rate-limit
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  // expect: unrestricted-upload
  const form = formidable({ uploadDir: '/tmp', keepExtensions: true });
  const [, files] = await form.parse(req);
  const file = files.avatar?.[0];
  if (!file) return res.status(400).json({ error: 'No file' });
  const dest = path.join(process.cwd(), 'public', 'avatars', `${session.user.id}${path.extname(file.originalFilename)}`);
  await fs.rename(file.filepath, dest);
  await User.updateOne({ _id: session.user.id }, { avatarUrl: `/avatars/${path.basename(dest)}` });
  res.json({ ok: true });
});
