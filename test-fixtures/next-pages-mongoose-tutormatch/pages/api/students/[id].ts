import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';
import { TutoringSession } from '@/models/TutoringSession';

const UpdateStudent = z
  .object({
    firstName: z.string().min(1).max(60),
    lastName: z.string().min(1).max(60),
    grade: z.number().int().min(1).max(13),
    guardianEmail: z.string().email(),
    subjects: z.array(z.string().max(40)).max(10),
  })
  .partial();

// PATCH is the quick status toggle the roster table calls
// expect: missing-input-validation
// ok: missing-auth
export default withAuth(async (req, res, session) => {
  await connectDb();
  const id = req.query.id as string;
  const { agencyId } = session.user;

  if (req.method === 'GET') {
    // ok: unscoped-tenant-query
    const student = await Student.findById(id).lean<any>();
    if (!student || String(student.agencyId) !== agencyId) {
      return res.status(404).json({ error: 'Not found' });
    }
    // ok: unscoped-tenant-query
    const upcoming = await TutoringSession.find({ studentId: student._id, startsAt: { $gte: new Date() } }).limit(20);
    return res.json({ ...student, upcoming });
  }

  if (req.method === 'PUT') {
    const data = UpdateStudent.parse(req.body);
    // ok: unscoped-tenant-query
    const updated = await Student.findOneAndUpdate({ _id: id, agencyId }, data, { new: true });
    if (!updated) return res.status(404).json({ error: 'Not found' });
    return res.json(updated);
  }

  if (req.method === 'PATCH') {
    // expect: unscoped-tenant-query
    const updated = await Student.findByIdAndUpdate(id, { $set: req.body }, { new: true });
    return res.json(updated);
  }

  if (req.method === 'DELETE') {
    // ok: unscoped-tenant-query
    const result = await Student.deleteOne({ _id: id, agencyId });
    if (result.deletedCount === 0) return res.status(404).json({ error: 'Not found' });
    return res.status(204).end();
  }

  res.setHeader('Allow', 'GET, PUT, PATCH, DELETE');
  return res.status(405).end();
});
