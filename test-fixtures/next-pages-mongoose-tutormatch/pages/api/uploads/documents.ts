import formidable from 'formidable';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { uploadLimiter } from '@/lib/ratelimit';
import { Student } from '@/models/Student';

export const config = { api: { bodyParser: false } };

const ALLOWED_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];

// report cards and consent forms attached to a student
// ok: missing-rate-limit, missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  if (req.method !== 'POST') return res.status(405).end();
  const { success } = await uploadLimiter.limit(`docs:${session.user.id}`);
  if (!success) return res.status(429).json({ error: 'Too many uploads' });

  // ok: unrestricted-upload
  const form = formidable({
    uploadDir: '/var/tutormatch/documents',
    maxFileSize: 10 * 1024 * 1024,
    maxFiles: 3,
    filter: ({ mimetype }) => Boolean(mimetype && ALLOWED_TYPES.includes(mimetype)),
  });
  const [fields, files] = await form.parse(req);
  const studentId = String(fields.studentId?.[0] ?? '');

  await connectDb();
  // ok: unscoped-tenant-query
  const student = await Student.findOne({ _id: studentId, agencyId: session.user.agencyId });
  if (!student) return res.status(404).json({ error: 'Unknown student' });
  for (const file of files.document ?? []) {
    student.documents.push({ path: file.filepath, size: file.size, uploadedAt: new Date() });
  }
  await student.save();
  return res.status(201).json({ count: student.documents.length });
});
