import { z } from 'zod';
import { withRole } from '../../../lib/withAuth';
import Practice from '../../../models/Practice';

const suspendSchema = z.object({ id: z.string(), status: z.enum(['active', 'suspended']) });

// ok: missing-role-check, missing-auth, missing-input-validation
export default withRole(['superadmin'], async (req, res) => {
  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    return res.json(await Practice.find().sort({ createdAt: -1 }).lean());
  }
  if (req.method === 'PATCH') {
    const { id, status } = suspendSchema.parse(req.body);
    // ok: unscoped-tenant-query
    await Practice.updateOne({ _id: id }, { status });
    return res.json({ ok: true });
  }
  res.status(405).end();
});
