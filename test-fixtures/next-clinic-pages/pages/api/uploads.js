import formidable from 'formidable';
import { getIronSession } from 'iron-session';

export const config = { api: { bodyParser: false } };

// lab results are uploaded by staff; the form parser has a size cap but accepts any file type
// expect: missing-rate-limit
export default async function handler(req, res) {
  const session = await getIronSession(req, res, { password: process.env.SESSION_PASSWORD, cookieName: 'clinic' });
  if (!session.staffId) return res.status(401).end();
  // expect: unrestricted-upload
  const form = formidable({ maxFileSize: 10 * 1024 * 1024 });
  const [, files] = await form.parse(req);
  res.status(201).json({ received: Object.keys(files).length });
}
