import { Router } from 'express';
import { InvoiceStatus } from '@prisma/client';
import { z } from 'zod';
import { prisma } from '../lib/prisma';
import { requireAuth, requireRole } from '../middleware/auth';
import { exportLimiter } from '../middleware/rateLimit';

const router = Router();

// Public "view invoice" page linked from the emails agencies send to their clients.
// expect: missing-auth
router.get('/:id/public', async (req, res) => {
  const invoice = await prisma.invoice.findUnique({
    where: { id: req.params.id },
    include: {
      client: { select: { name: true, company: true, contactEmail: true } },
      agency: { select: { name: true } },
    },
  });
  if (!invoice) {
    return res.status(404).json({ error: 'Invoice not found' });
  }
  return res.json(invoice);
});

router.use(requireAuth);

const createInvoiceSchema = z.object({
  clientId: z.string().cuid(),
  number: z.string().trim().min(1).max(50),
  amountCents: z.number().int().positive().max(100_000_000),
  currency: z.string().length(3).toLowerCase().default('usd'),
  dueDate: z.coerce.date().optional(),
});

const statusSchema = z.object({
  status: z.enum(['DRAFT', 'SENT', 'OVERDUE', 'VOID']),
});

function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

router.get('/', async (req, res) => {
  const status = z.nativeEnum(InvoiceStatus).optional().parse(req.query.status);
  const invoices = await prisma.invoice.findMany({
    where: { agencyId: req.user!.agencyId, ...(status && { status }) },
    include: { client: { select: { id: true, name: true } } },
    orderBy: { createdAt: 'desc' },
  });
  res.json(invoices);
});

// ok: missing-rate-limit
router.get('/export', exportLimiter, async (req, res) => {
  try {
    const invoices = await prisma.invoice.findMany({
      where: { agencyId: req.user!.agencyId },
      include: { client: { select: { name: true } } },
      orderBy: { createdAt: 'desc' },
    });
    const header = 'number,client,amount,currency,status,dueDate,paidAt';
    const rows = invoices.map((i) =>
      [
        i.number,
        i.client.name,
        (i.amountCents / 100).toFixed(2),
        i.currency.toUpperCase(),
        i.status,
        i.dueDate?.toISOString().slice(0, 10) ?? '',
        i.paidAt?.toISOString() ?? '',
      ]
        .map(csvCell)
        .join(','),
    );
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="invoices.csv"');
    res.send([header, ...rows].join('\n'));
  } catch (err) {
    console.error('Invoice export failed', err);
    // ok: error-details-leak
    res.status(500).json({ error: 'Could not generate the export. Please try again.' });
  }
});

// ok: missing-input-validation
const lookupSchema = z.object({
  refs: z.array(z.object({ clientId: z.string().cuid(), number: z.string().max(50) })).min(1).max(100),
});

// Reconciling a bank statement: find the agency's invoices by client and number.
router.post('/lookup', async (req, res) => {
  const { refs } = lookupSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({
    where: { agencyId: req.user!.agencyId, OR: refs.map(({ clientId, number }) => ({ clientId, number })) },
  });
  res.json(invoices);
});

// The same lookup for the accountant's view, which forgot the agency.
router.post('/lookup-all', async (req, res) => {
  const { refs } = lookupSchema.parse(req.body);
  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({
    where: { OR: refs.map((ref) => ({ clientId: ref.clientId, number: ref.number })) },
  });
  res.json(invoices);
});

router.post('/', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  const input = createInvoiceSchema.parse(req.body);

  // ok: unscoped-tenant-query
  const client = await prisma.client.findFirst({ where: { id: input.clientId, agencyId: req.user!.agencyId } });
  if (!client) {
    return res.status(400).json({ error: 'Unknown client' });
  }

  const invoice = await prisma.invoice.create({ data: { ...input, agencyId: req.user!.agencyId } });
  return res.status(201).json(invoice);
});

router.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId }, include: { client: true } });
  if (!invoice) {
    return res.status(404).json({ error: 'Invoice not found' });
  }
  return res.json(invoice);
});

// expect: missing-input-validation
router.patch('/:id', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  const existing = await prisma.invoice.findFirst({ where: { id: req.params.id, agencyId: req.user!.agencyId } });
  if (!existing) {
    return res.status(404).json({ error: 'Invoice not found' });
  }
  if (existing.status === 'PAID') {
    return res.status(409).json({ error: 'Paid invoices cannot be edited' });
  }

  const { number, amountCents, currency, dueDate } = req.body;
  const invoice = await prisma.invoice.update({
    where: { id: existing.id },
    data: { number, amountCents, currency, dueDate },
  });
  return res.json(invoice);
});

// ok: missing-input-validation
router.patch('/:id/status', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  const { status } = statusSchema.parse(req.body);
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.update({ where: { id: req.params.id }, data: { status } });
  res.json(invoice);
});

export default router;
