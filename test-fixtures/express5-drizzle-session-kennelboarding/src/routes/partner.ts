import { Router } from 'express';
import cors from 'cors';
import { eq } from 'drizzle-orm';
import { bookings, db } from '../db/index.js';
import { requireUser } from '../middleware/auth.js';

// the grooming partner's dashboard calls this with the kennel staff's session cookie
const router = Router();
router.use(
  // expect: cors-wildcard
  cors({ origin: (_origin, cb) => cb(null, true), credentials: true }),
);
router.use(requireUser);

// ok: missing-auth
router.get('/bookings/today', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: bookings.id, petId: bookings.petId, kennel: bookings.kennelLabel }).from(bookings).where(eq(bookings.accountId, req.user!.accountId));
  res.json(rows);
});

export default router;
