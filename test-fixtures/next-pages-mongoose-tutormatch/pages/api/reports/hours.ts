import { Types } from 'mongoose';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { TutoringSession } from '@/models/TutoringSession';

// minutes taught per subject for one student (the parent report card)
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  await connectDb();
  const studentId = String(req.query.studentId);
  if (req.query.scope === 'agency') {
    // ok: unscoped-tenant-query
    const totals = await TutoringSession.aggregate([
      { $match: { agencyId: new Types.ObjectId(session.user.agencyId), status: 'completed' } },
      { $group: { _id: '$subject', minutes: { $sum: '$durationMinutes' } } },
    ]);
    return res.json(totals);
  }
  // expect: unscoped-tenant-query
  const perStudent = await TutoringSession.aggregate([
    { $match: { studentId: new Types.ObjectId(studentId), status: 'completed' } },
    { $group: { _id: '$subject', minutes: { $sum: '$durationMinutes' } } },
  ]);
  return res.json(perStudent);
});
