import { Router } from 'express';
import { and, desc, eq } from 'drizzle-orm';
import { bookings, db, invoices, pets } from '../db/index.js';
import { requireRole } from '../middleware/auth.js';

// mounted as app.use('/api/invoices', requireUser, invoicesRouter)
const router = Router();

// ok: missing-auth
router.get('/', async (req, res) => {
  const accountId = req.user!.accountId;
  // ok: unscoped-tenant-query
  const rows = await db.query.invoices.findMany({ where: (inv, { eq }) => eq(inv.accountId, accountId), orderBy: [desc(invoices.id)], limit: 100 });
  res.json(rows);
});

// invoices of one pet: the join to bookings keeps them to the caller's account
// ok: missing-auth
router.get('/by-pet/:petId', async (req, res) => {
  // ok: unscoped-tenant-query
  const rows = await db.select({ id: invoices.id, amountCents: invoices.amountCents, status: invoices.status }).from(invoices).innerJoin(bookings, eq(bookings.id, invoices.bookingId)).where(and(eq(bookings.petId, req.params.petId), eq(bookings.accountId, req.user!.accountId)));
  res.json(rows);
});

router
  .route('/:invoiceId')
  // ok: missing-auth
  .get(async (req, res) => {
    // ok: unscoped-tenant-query
    const [invoice] = await db.select().from(invoices).where(and(eq(invoices.id, req.params.invoiceId), eq(invoices.accountId, req.user!.accountId)));
    if (!invoice) return res.status(404).json({ error: 'Invoice not found' });
    res.json(invoice);
  })
  // ok: missing-auth, missing-role-check, missing-input-validation
  .delete(requireRole('owner'), async (req, res) => {
    // expect: unscoped-tenant-query
    await db.delete(invoices).where(eq(invoices.id, req.params.invoiceId));
    res.status(204).end();
  });

// ok: missing-auth
router.get('/:invoiceId/pet', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await db.query.invoices.findFirst({ where: eq(invoices.id, req.params.invoiceId) });
  if (!invoice || invoice.accountId !== req.user!.accountId) return res.status(404).json({ error: 'Invoice not found' });
  // ok: unscoped-tenant-query
  const [row] = await db.select({ pet: pets }).from(bookings).innerJoin(pets, eq(pets.id, bookings.petId)).where(eq(bookings.id, invoice.bookingId));
  res.json(row?.pet ?? null);
});

export default router;
