import type { NextApiRequest, NextApiResponse } from 'next';
import { z } from 'zod';
import { withAuth } from '@/lib/withAuth';
import { connectDb } from '@/lib/db';
import { Student } from '@/models/Student';

const NoteInput = z.object({ body: z.string().min(1).max(4000) });

async function loadStudent(id: string, agencyId: string) {
  return Student.findOne({ _id: id, agencyId });
}

// ok: missing-auth, missing-input-validation
export default withAuth(async (req: NextApiRequest, res: NextApiResponse, session) => {
  await connectDb();
  const student = await loadStudent(req.query.id as string, session.user.agencyId);
  if (!student) return res.status(404).json({ error: 'Student not found' });

  if (req.method === 'GET') {
    return res.json(student.notes);
  }
  if (req.method === 'POST') {
    try {
      const { body } = NoteInput.parse(req.body);
      student.notes.push({ body, authorId: session.user.id });
      await student.save();
      return res.status(201).json(student.notes[student.notes.length - 1]);
    } catch (err: any) {
      if (err instanceof z.ZodError) return res.status(400).json({ error: err.flatten() });
      // expect: error-details-leak
      return res.status(500).json({ error: 'Could not save note', detail: err.message });
    }
  }
  return res.status(405).end();
});
