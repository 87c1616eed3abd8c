import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

// the schedule widget agencies embed on their own sites, called with the user's cookie
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  const origin = req.headers.origin;
  if (origin) {
    // expect: cors-wildcard
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Vary', 'Origin');
  }
  if (req.method === 'OPTIONS') return res.status(204).end();
  await connectDb();
  // ok: unscoped-tenant-query
  const lessons = await TutoringSession.find({ agencyId: session.user.agencyId, startsAt: { $gte: new Date() } })
    .sort({ startsAt: 1 })
    .limit(50)
    .lean();
  return res.json(lessons);
});
