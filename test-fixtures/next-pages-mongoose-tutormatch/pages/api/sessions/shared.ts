import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

// lessons of the agency, plus the ones a partner agency co-teaches
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  await connectDb();
  // expect: unscoped-tenant-query
  const lessons = await TutoringSession.find({
    $or: [{ agencyId: session.user.agencyId }, { coTeachingAgencyId: req.query.partner }],
  }).limit(100);
  // ok: unscoped-tenant-query
  const mine = await TutoringSession.find({ tutorId: session.user.id }).where('agencyId').equals(session.user.agencyId).limit(100);
  return res.json({ lessons, mine });
});
