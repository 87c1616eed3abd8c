import { Router } from 'express';
import { and, eq, gte, sql } from 'drizzle-orm';
import { bookings, db, invoices } from '../db/index.js';

// dashboard charts; the router was split out of bookings.ts and lost its guard on the way
const router = Router();

// expect: missing-auth
router.get('/occupancy', async (req, res) => {
  const accountId = String(req.query.accountId);
  const rows = await db
    .select({ day: sql<string>`date_trunc('day', ${bookings.startsOn})`, count: sql<number>`count(*)` })
    .from(bookings)
    .where(and(eq(bookings.accountId, accountId), gte(bookings.startsOn, new Date(Date.now() - 30 * 86_400_000))))
    .groupBy(sql`1`);
  res.json(rows);
});

// expect: missing-auth
router.get('/revenue', async (req, res) => {
  const rows = await db.select({ status: invoices.status, total: sql<number>`sum(${invoices.amountCents})` }).from(invoices).where(eq(invoices.accountId, String(req.query.accountId))).groupBy(invoices.status);
  res.json(rows);
});

export default router;
