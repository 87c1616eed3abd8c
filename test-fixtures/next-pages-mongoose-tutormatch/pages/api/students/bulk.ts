import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';

const Ids = z.object({ ids: z.array(z.string().length(24)).min(1).max(200) });
const Archive = Ids.extend({ status: z.enum(['active', 'paused', 'archived']) });

// roster table bulk actions
// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  const { agencyId } = session.user;
  if (req.method === 'DELETE') {
    const { ids } = Ids.parse(req.body);
    // expect: unscoped-tenant-query
    const result = await Student.deleteMany({ _id: { $in: ids } });
    return res.json({ deleted: result.deletedCount });
  }
  if (req.method === 'PATCH') {
    const { ids, status } = Archive.parse(req.body);
    // ok: unscoped-tenant-query
    const result = await Student.updateMany({ _id: { $in: ids }, agencyId }, { status });
    return res.json({ updated: result.modifiedCount });
  }
  return res.status(405).end();
});
