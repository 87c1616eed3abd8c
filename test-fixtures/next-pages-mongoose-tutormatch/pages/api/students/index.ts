import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';

const CreateStudent = z.object({
  firstName: z.string().min(1).max(60),
  lastName: z.string().min(1).max(60),
  grade: z.number().int().min(1).max(13).optional(),
  guardianEmail: z.string().email().optional(),
  guardianPhone: z.string().max(30).optional(),
  subjects: z.array(z.string().max(40)).max(10).default([]),
});

// ok: missing-auth, missing-input-validation
export default withAuth(async (req, res, session) => {
  await connectDb();
  const agencyId = session.user.agencyId;

  switch (req.method) {
    case 'GET': {
      const q = typeof req.query.q === 'string' ? req.query.q : '';
      const filter: Record<string, unknown> = { agencyId, status: { $ne: 'archived' } };
      if (q) filter.lastName = { $regex: `^${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, $options: 'i' };
      // ok: unscoped-tenant-query
      const students = await Student.find(filter).sort({ lastName: 1 }).limit(100).lean();
      return res.json(students);
    }
    case 'POST': {
      const parsed = CreateStudent.safeParse(req.body);
      if (!parsed.success) return res.status(422).json({ error: parsed.error.flatten() });
      const student = await Student.create({ ...parsed.data, agencyId });
      return res.status(201).json(student);
    }
    default:
      res.setHeader('Allow', 'GET, POST');
      return res.status(405).end();
  }
});
