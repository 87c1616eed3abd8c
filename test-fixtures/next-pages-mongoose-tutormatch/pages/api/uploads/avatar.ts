import formidable from 'formidable';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { User } from '@/models/User';

export const config = { api: { bodyParser: false } };

// expect: missing-rate-limit
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  // expect: unrestricted-upload
  const form = formidable({ uploadDir: '/var/tutormatch/avatars', keepExtensions: true });
  const [, files] = await form.parse(req);
  const file = files.avatar?.[0];
  if (!file) return res.status(400).json({ error: 'No file' });

  await connectDb();
  // ok: unscoped-tenant-query
  await User.updateOne({ _id: session.user.id }, { avatarPath: file.newFilename });
  return res.json({ avatar: `/avatars/${file.newFilename}` });
});
