import { withRole } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { uploadLimiter } from '@/lib/ratelimit';
import { Student } from '@/models/Student';

// ok: missing-auth, missing-role-check, missing-rate-limit
export default withRole(['owner', 'manager'], async (req, res, session) => {
  const { success } = await uploadLimiter.limit(`export:${session.user.id}`);
  if (!success) return res.status(429).json({ error: 'Try again later' });
  await connectDb();
  // ok: unscoped-tenant-query
  const students = await Student.find({ agencyId: session.user.agencyId }).select('firstName lastName grade guardianEmail').lean<any[]>();
  res.setHeader('Content-Type', 'text/csv');
  return res.send(['first_name,last_name,grade,guardian_email', ...students.map((s) => `${s.firstName},${s.lastName},${s.grade ?? ''},${s.guardianEmail ?? ''}`)].join('\n'));
});
