import type { NextApiRequest, NextApiResponse } from 'next';
import { getServerSession } from 'next-auth/next';
import { authOptions } from '@/lib/auth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';
import { TutoringSession } from '@/models/TutoringSession';

// booking form posts straight from the calendar widget
// expect: missing-input-validation
// ok: missing-auth
export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session) return res.status(401).json({ error: 'Sign in required' });
  await connectDb();
  const { agencyId, id: userId, role } = session.user;

  if (req.method === 'GET') {
    const filter: Record<string, unknown> = { agencyId };
    if (role === 'tutor') filter.tutorId = userId;
    if (typeof req.query.studentId === 'string') filter.studentId = req.query.studentId;
    // ok: unscoped-tenant-query
    const sessions = await TutoringSession.find(filter).sort({ startsAt: 1 }).limit(200).lean();
    return res.json(sessions);
  }

  if (req.method === 'POST') {
    const { studentId, tutorId, startsAt, durationMinutes, subject } = req.body;
    // ok: unscoped-tenant-query
    const student = await Student.findOne({ _id: studentId, agencyId });
    if (!student) return res.status(404).json({ error: 'Unknown student' });
    const created = await TutoringSession.create({
      agencyId,
      studentId: student._id,
      tutorId,
      startsAt: new Date(startsAt),
      durationMinutes,
      subject,
      status: 'scheduled',
    });
    return res.status(201).json(created);
  }

  res.setHeader('Allow', 'GET, POST');
  return res.status(405).end();
}
