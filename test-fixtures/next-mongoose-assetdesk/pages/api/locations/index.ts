import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Location } from '@/models/Location';

const LocationBody = z.object({
  name: z.string().min(1).max(100),
  address: z.string().max(300).optional(),
  accessNotes: z.string().max(2000).optional(),
});

// ok: missing-input-validation, missing-auth
export default withAuth(async (req, res, session) => {
  await connectDb();
  if (req.method === 'POST') {
    const data = LocationBody.parse(req.body);
    const location = await Location.create({ ...data, organization: session.user.orgId });
    return res.status(201).json(location);
  }
  // ok: unscoped-tenant-query
  const locations = await Location.find({ organization: session.user.orgId }).lean();
  return res.json(locations);
});
