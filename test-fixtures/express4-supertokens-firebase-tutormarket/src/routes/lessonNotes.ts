import express from 'express';
import { z } from 'zod';
import { db } from '../lib/firebase';
import { requireFirebaseUser, type FirebaseRequest } from '../middleware/firebaseAuth';

const router = express.Router();
const notes = db.collection('lessonNotes');

const noteInput = z.object({
  bookingId: z.string().min(1),
  body: z.string().min(1).max(10000),
  sharedWithStudent: z.boolean().default(true),
});

// ok: missing-auth
router.get('/', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  // ok: unscoped-tenant-query
  const snap = await notes.where('studentId', '==', req.uid).where('sharedWithStudent', '==', true).get();
  res.json(snap.docs.map((d) => ({ id: d.id, ...d.data() })));
});

// ok: missing-auth, missing-input-validation
router.post('/', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  const input = noteInput.parse(req.body);
  // ok: unscoped-tenant-query
  const booking = await db.collection('bookings').doc(input.bookingId).get();
  if (!booking.exists || booking.data()?.tutorId !== req.uid) {
    return res.status(403).json({ error: 'not_your_booking' });
  }
  // ok: unscoped-tenant-query
  const ref = await notes.add({ ...input, tutorId: req.uid, studentId: booking.data()?.studentId, createdAt: new Date() });
  res.status(201).json({ id: ref.id });
});

// ok: missing-auth
router.get('/by-booking/:bookingId', requireFirebaseUser, async (req: FirebaseRequest, res) => {
  // expect: unscoped-tenant-query
  const snap = await notes.where('bookingId', '==', req.params.bookingId).get();
  res.json(snap.docs.map((d) => d.data()));
});

// A "share with parent" link: no sign-in at all, the note id is the only thing asked for.
// expect: missing-auth
router.get('/shared/:noteId', async (req, res) => {
  const note = await notes.doc(req.params.noteId).get();
  if (!note.exists) return res.sendStatus(404);
  res.json(note.data());
});

export default router;
