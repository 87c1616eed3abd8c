import { Router } from 'express';
import { and, eq, type SQL } from 'drizzle-orm';
import { bookings, db, invoices, pets } from '../db/index.js';
import { validateBody } from '../middleware/validate.js';
import { BookingCreate } from '../lib/schemas.js';
import { stripe } from '../lib/stripe.js';

// mounted behind requireUser in app.ts
const router = Router();

// ok: missing-auth
router.get('/', async (req, res) => {
  const conditions: SQL[] = [eq(bookings.accountId, req.user!.accountId)];
  if (typeof req.query.status === 'string') conditions.push(eq(bookings.status, req.query.status));
  // ok: unscoped-tenant-query
  const rows = await db.select().from(bookings).where(and(...conditions));
  res.json(rows);
});

// ok: missing-auth
router.get('/:id', async (req, res) => {
  // expect: unscoped-tenant-query
  const booking = await db.query.bookings.findFirst({ where: eq(bookings.id, req.params.id), with: { pet: true } });
  if (!booking) return res.status(404).json({ error: 'Booking not found' });
  res.json(booking);
});

// ok: missing-auth, missing-input-validation
router.post('/', validateBody(BookingCreate), async (req, res) => {
  // ok: unscoped-tenant-query
  const pet = await db.query.pets.findFirst({ where: and(eq(pets.id, req.body.petId), eq(pets.accountId, req.user!.accountId)) });
  if (!pet) return res.status(400).json({ error: 'Unknown pet' });
  const nights = Math.max(1, Math.round((+req.body.endsOn - +req.body.startsOn) / 86_400_000));
  try {
    const [booking] = await db.insert(bookings).values({ ...req.body, accountId: req.user!.accountId, priceCents: nights * 4500 }).returning();
    res.status(201).json(booking);
  } catch (err) {
    // exclusion constraint: the kennel run is taken for those nights
    if ((err as { code?: string }).code === '23P01') return res.status(409).json({ error: 'That run is already booked' });
    // expect: error-details-leak
    res.status(500).json({ error: (err as Error).message });
  }
});

// ok: missing-auth, missing-input-validation
router.post('/:id/cancel', async (req, res) => {
  // ok: unscoped-tenant-query
  const [booking] = await db.select().from(bookings).where(eq(bookings.id, req.params.id));
  if (!booking || booking.accountId !== req.user!.accountId) return res.status(404).json({ error: 'Booking not found' });
  // ok: unscoped-tenant-query
  await db.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, booking.id));
  res.json({ ...booking, status: 'cancelled' });
});

// ok: missing-auth
router.get('/:id/invoice', async (req, res) => {
  // ok: unscoped-tenant-query
  const [row] = await db.select({ invoice: invoices }).from(invoices).innerJoin(bookings, eq(invoices.bookingId, bookings.id)).where(and(eq(bookings.id, req.params.id), eq(invoices.accountId, req.user!.accountId)));
  if (!row) return res.status(404).json({ error: 'No invoice yet' });
  res.json(row.invoice);
});

// ok: missing-auth, missing-input-validation
router.post('/:id/checkout', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.bookingId, req.params.id) });
  if (!invoice) return res.status(404).json({ error: 'No invoice' });
  const checkout = await stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency: 'usd', unit_amount: invoice.amountCents, product_data: { name: 'Boarding stay' } }, quantity: 1 }],
    metadata: { invoiceId: invoice.id },
    success_url: `${process.env.APP_URL}/bookings/${req.params.id}?paid=1`,
    cancel_url: `${process.env.APP_URL}/bookings/${req.params.id}`,
  });
  await db.update(invoices).set({ stripeSessionId: checkout.id }).where(eq(invoices.id, invoice.id));
  res.json({ url: checkout.url });
});

export default router;
