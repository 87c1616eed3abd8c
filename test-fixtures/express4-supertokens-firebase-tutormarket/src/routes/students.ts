import { Router } from 'express';
import { z } from 'zod';
import { db } from '../lib/firebase';
import { requireFirebaseUser, type FirebaseRequest } from '../middleware/firebaseAuth';

export const studentsRouter = Router();

const preferencesSchema = z.object({
  reminderMinutes: z.number().int().min(0).max(1440),
  marketingEmails: z.boolean(),
  timezone: z.string().max(64),
});

// ok: missing-auth
studentsRouter.get('/me', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  // ok: unscoped-tenant-query
  const snap = await db.collection('students').doc(req.uid!).get();
  res.json(snap.exists ? { id: snap.id, ...snap.data() } : null);
});

// ok: missing-auth, missing-input-validation
studentsRouter.put('/me/preferences', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  const prefs = preferencesSchema.parse(req.body);
  // ok: unscoped-tenant-query
  await db.collection('students').doc(req.uid!).collection('private').doc('preferences').set(prefs, { merge: true });
  res.sendStatus(204);
});

// A tutor looks at their lessons with one student: the student id narrows the tutor's own bookings.
// ok: missing-auth
studentsRouter.get('/:studentId/lessons', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  // ok: unscoped-tenant-query
  const lessons = await db
    .collection('bookings')
    .where('tutorId', '==', req.uid)
    .where('studentId', '==', req.params.studentId)
    .get();
  res.json(lessons.docs.map((d) => ({ id: d.id, ...d.data() })));
});

// Progress page linked from the monthly email to parents -- nobody is asked to sign in.
// expect: missing-auth
studentsRouter.get('/:studentId/progress', async (req, res) => {
  const notes = await db
    .collection('lessonNotes')
    .where('studentId', '==', req.params.studentId)
    .orderBy('createdAt', 'desc')
    .limit(20)
    .get();
  res.json({ studentId: req.params.studentId, notes: notes.docs.map((d) => d.data()) });
});
