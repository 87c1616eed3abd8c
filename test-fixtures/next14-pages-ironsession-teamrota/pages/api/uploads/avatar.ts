import { promises as fs } from 'node:fs';
import formidable from 'formidable';
import { prisma } from '../../../lib/prisma';
import { withAuth } from '../../../lib/session';

export const config = { api: { bodyParser: false } };

// ok: missing-auth
// expect: missing-rate-limit
export default withAuth(async (req, res) => {
  if (req.method !== 'POST') return res.status(405).end();
  // expect: unrestricted-upload
  const form = formidable({ uploadDir: '/tmp/avatars', keepExtensions: true });
  const [, files] = await form.parse(req);
  const file = files.avatar?.[0];
  if (!file) return res.status(400).json({ error: 'No file' });
  const target = `public/avatars/${req.user.id}-${file.originalFilename}`;
  await fs.rename(file.filepath, target);
  await prisma.user.update({ where: { id: req.user.id }, data: { avatarUrl: `/${target.replace('public/', '')}` } });
  res.json({ ok: true });
});
