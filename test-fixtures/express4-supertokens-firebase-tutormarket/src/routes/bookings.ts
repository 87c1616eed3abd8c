import { Router, type Response } from 'express';
import { z } from 'zod';
import { FieldValue } from 'firebase-admin/firestore';
import { db } from '../lib/firebase';
import { requireFirebaseUser, type FirebaseRequest } from '../middleware/firebaseAuth';

const router = Router();
router.use(requireFirebaseUser);

const bookingInput = z.object({
  tutorId: z.string().min(1),
  startsAt: z.string().datetime(),
  minutes: z.number().int().refine((m) => [30, 45, 60, 90].includes(m)),
  subject: z.string().max(80),
});

function toIcs(id: string, b: FirebaseFirestore.DocumentData): string {
  return ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', `UID:${id}@tutormarket`, `SUMMARY:${b.subject}`, 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
}

// ok: missing-auth
router.get('/mine', async (req: FirebaseRequest, res: Response) => {
  // ok: unscoped-tenant-query
  const snap = await db.collection('bookings').where('studentId', '==', req.uid).orderBy('startsAt', 'desc').limit(100).get();
  res.json(snap.docs.map((d) => ({ id: d.id, ...d.data() })));
});

// ok: missing-auth
router.get('/teaching', async (req: FirebaseRequest, res: Response) => {
  const tutorId = req.uid!;
  const upcoming = db.collection('bookings').where('tutorId', '==', tutorId).where('status', 'in', ['requested', 'confirmed']);
  // ok: unscoped-tenant-query
  const snap = await upcoming.get();
  res.json(snap.docs.map((d) => ({ id: d.id, ...d.data() })));
});

// ok: missing-auth, missing-input-validation
router.post('/', async (req: FirebaseRequest, res: Response) => {
  const input = bookingInput.parse(req.body);
  // ok: unscoped-tenant-query
  const ref = await db.collection('bookings').add({
    ...input,
    studentId: req.uid,
    status: 'requested',
    createdAt: FieldValue.serverTimestamp(),
  });
  res.status(201).json({ id: ref.id });
});

// ok: missing-auth
router.get('/:bookingId', async (req: FirebaseRequest, res: Response) => {
  // expect: unscoped-tenant-query
  const doc = await db.collection('bookings').doc(req.params.bookingId).get();
  if (!doc.exists) return res.status(404).json({ error: 'not_found' });
  res.json({ id: doc.id, ...doc.data() });
});

// ok: missing-auth
router.get('/:bookingId/calendar.ics', async (req: FirebaseRequest, res: Response) => {
  // ok: unscoped-tenant-query
  const doc = await db.collection('bookings').doc(req.params.bookingId).get();
  const booking = doc.data();
  if (!booking || (booking.studentId !== req.uid && booking.tutorId !== req.uid)) {
    return res.sendStatus(404);
  }
  res.type('text/calendar').send(toIcs(doc.id, booking));
});

// ok: missing-auth
router.post('/:bookingId/cancel', async (req: FirebaseRequest, res: Response) => {
  // expect: unscoped-tenant-query
  await db.collection('bookings').doc(req.params.bookingId).update({
    status: 'cancelled',
    cancelledBy: req.uid,
    cancelledAt: FieldValue.serverTimestamp(),
  });
  res.sendStatus(204);
});

export default router;
