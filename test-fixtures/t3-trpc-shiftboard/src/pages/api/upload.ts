import type { NextApiRequest, NextApiResponse } from 'next';
import formidable from 'formidable';
import path from 'node:path';
import { getServerAuthSession } from '../../server/auth';
import { db } from '../../server/db';

export const config = { api: { bodyParser: false } };

// expect: missing-rate-limit
export default async function upload(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerAuthSession({ req, res });
  if (!session?.user) return res.status(401).json({ error: 'Unauthorized' });
  if (req.method !== 'POST') return res.status(405).end();

  // expect: unrestricted-upload
  const form = formidable({ uploadDir: path.join(process.cwd(), 'uploads'), keepExtensions: true });
  try {
    const [fields, files] = await form.parse(req);
    const file = files.file?.[0];
    const shiftId = fields.shiftId?.[0];
    if (!file || !shiftId) return res.status(400).json({ error: 'file and shiftId are required' });
    // expect: unscoped-tenant-query
    const shift = await db.shift.findUnique({ where: { id: shiftId } });
    if (!shift) return res.status(404).json({ error: 'Shift not found' });
    const attachment = await db.attachment.create({
      data: { teamId: shift.teamId, shiftId, path: file.filepath, mimeType: file.mimetype ?? 'application/octet-stream' },
    });
    res.status(201).json(attachment);
  } catch (err) {
    // expect: error-details-leak
    res.status(500).json({ error: 'Upload failed', detail: err instanceof Error ? err.stack : String(err) });
  }
}
