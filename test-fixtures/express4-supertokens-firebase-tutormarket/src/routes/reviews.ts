import { Router } from 'express';
import { z } from 'zod';
import { verifySession } from 'supertokens-node/recipe/session/framework/express';
import type { SessionRequest } from 'supertokens-node/framework/express';
import { prisma } from '../lib/prisma';
import { db } from '../lib/firebase';

const router = Router();

const reviewInput = z.object({
  bookingId: z.string(),
  rating: z.number().int().min(1).max(5),
  body: z.string().max(2000),
});

// ok: missing-auth
router.post('/', verifySession(), async (req: SessionRequest, res) => {
  const studentId = req.session!.getUserId();
  const input = reviewInput.parse(req.body);
  // ok: unscoped-tenant-query
  const booking = await db.collection('bookings').doc(input.bookingId).get();
  const data = booking.data();
  if (!data || data.studentId !== studentId || data.status !== 'completed') {
    return res.status(403).json({ error: 'only completed lessons can be reviewed' });
  }
  const review = await prisma.review.create({
    data: { tutorId: data.tutorId, studentId, rating: input.rating, body: input.body },
  });
  res.status(201).json(review);
});

// ok: missing-auth
router.delete('/:reviewId', verifySession(), async (req: SessionRequest, res) => {
  // expect: unscoped-tenant-query
  await prisma.review.delete({ where: { id: req.params.reviewId } });
  res.sendStatus(204);
});

// ok: missing-auth
router.put('/:reviewId', verifySession(), async (req: SessionRequest, res) => {
  const { rating, body } = reviewInput.pick({ rating: true, body: true }).parse(req.body);
  // ok: unscoped-tenant-query
  const result = await prisma.review.updateMany({
    where: { id: req.params.reviewId, studentId: req.session!.getUserId() },
    data: { rating, body },
  });
  if (result.count === 0) return res.sendStatus(404);
  res.sendStatus(204);
});

export default router;
