import formidable from 'formidable';
import { withAuth } from '../../../../lib/withAuth';
import Client from '../../../../models/Client';

export const config = { api: { bodyParser: false } };

// expect: missing-rate-limit
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  // ok: unscoped-tenant-query
  const client = await Client.findOne({ _id: req.query.id, practice: session.user.practiceId });
  if (!client) return res.status(404).end();
  // ok: unrestricted-upload
  const form = formidable({
    maxFileSize: 5 * 1024 * 1024,
    filter: ({ mimetype }) => Boolean(mimetype && mimetype.startsWith('image/')),
  });
  const [, files] = await form.parse(req);
  res.json({ uploaded: (files.photo || []).length });
});
