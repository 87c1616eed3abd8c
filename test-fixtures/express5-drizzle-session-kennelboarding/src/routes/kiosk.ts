import { Router } from 'express';
import { and, eq, gte, lte } from 'drizzle-orm';
import { bookings, db } from '../db/index.js';
import { requireStaffSession } from '../middleware/auth.js';

const router = Router();

// today's arrivals for the front-desk tablet
// ok: missing-auth
router.get('/arrivals', requireStaffSession, async (req, res) => {
  const start = new Date(); start.setHours(0, 0, 0, 0);
  const end = new Date(start.getTime() + 86_400_000);
  // ok: unscoped-tenant-query
  const rows = await db.select().from(bookings).where(and(eq(bookings.accountId, req.session.accountId!), gte(bookings.startsOn, start), lte(bookings.startsOn, end)));
  res.json(rows);
});

// ok: missing-auth, missing-input-validation
router.post('/arrivals/:bookingId/check-in', requireStaffSession, async (req, res) => {
  // ok: unscoped-tenant-query
  const [row] = await db.update(bookings).set({ status: 'checked_in' }).where(and(eq(bookings.id, req.params.bookingId), eq(bookings.accountId, req.session.accountId!))).returning();
  if (!row) return res.status(404).json({ error: 'Booking not found' });
  res.json(row);
});

export default router;
