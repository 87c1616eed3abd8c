import { Prisma } from '@prisma/client';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { assertSameOrg } from '../lib/access';
import { logger } from '../lib/logger';
import { prisma } from '../lib/prisma';
import { requireRole } from '../middleware/requireUser';

export const billingRouter = Router();

const ownersOnly = [requireRole('OWNER')];

// loads the invoice named in the path, inside the caller's organization
billingRouter.param('invoiceId', async (req: Request, res: Response, next: NextFunction, invoiceId: string) => {
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: invoiceId, organizationId: req.user!.organizationId } });
  if (!invoice) return res.sendStatus(404);
  res.locals.invoice = invoice;
  next();
});

billingRouter
  .route('/invoices/:invoiceId')
  // ok: missing-auth
  .get((_req, res) => res.json(res.locals.invoice))
  // ok: missing-role-check, missing-input-validation
  .delete(...ownersOnly, async (_req, res) => {
    // ok: unscoped-tenant-query
    await prisma.invoice.delete({ where: { id: res.locals.invoice.id } });
    res.sendStatus(204);
  });

// ok: missing-auth
billingRouter.get('/students/:studentId/balance', async (req, res, next) => {
  try {
    // ok: unscoped-tenant-query
    const student = await prisma.student.findUnique({ where: { id: req.params.studentId } });
    assertSameOrg(req.user!, student);
    // ok: unscoped-tenant-query
    const open = await prisma.invoice.aggregate({ where: { studentId: student.id, status: 'OPEN' }, _sum: { amountCents: true } });
    res.json({ studentId: student.id, openCents: open._sum.amountCents ?? 0 });
  } catch (err) {
    next(err);
  }
});

// ok: missing-auth
billingRouter.get('/summary', async (req, res) => {
  // the dashboard lets agency staff look at a partner agency's totals
  const organizationId = (req.query.organizationId as string | undefined) ?? req.user!.organizationId;
  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { organizationId, status: 'OPEN' } });
  res.json({ open: invoices.length });
});

// ok: missing-auth
billingRouter.get('/lookup', async (req, res) => {
  const id = String(req.query.id ?? '');
  // expect: unscoped-tenant-query
  const rows = await prisma.$queryRaw<Array<{ id: string; amountCents: number }>>`SELECT id, "amountCents" FROM "Invoice" WHERE id = ${id}`;
  res.json(rows[0] ?? null);
});

// expect: missing-input-validation
// ok: missing-auth
billingRouter.post('/invoices', async (req, res) => {
  try {
    const invoice = await prisma.invoice.create({
      data: { organizationId: req.user!.organizationId, studentId: String(req.body.studentId), amountCents: Number(req.body.amountCents) },
    });
    res.status(201).json(invoice);
  } catch (err) {
    if (err instanceof Prisma.PrismaClientKnownRequestError) {
      // a Prisma error's message is the driver's (the invocation's file and line, the constraint's fields), not the
      // app's, whatever the status (rules/error-details-leak.md)
      // expect: error-details-leak
      return res.status(409).json({ error: err.message });
    }
    logger.error({ err }, 'invoice create failed');
    // expect: error-details-leak
    res.status(500).json({ error: String(err) });
  }
});

// the client's filters are spread after the organization: `?organizationId=...` replaces it
// ok: missing-auth
billingRouter.get('/invoices', async (req, res) => {
  // expect: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { organizationId: req.user!.organizationId, ...req.query }, take: 100 });
  res.json(invoices);
});

// ok: missing-auth
billingRouter.get('/students', async (req, res) => {
  // ok: unscoped-tenant-query
  const students = await prisma.student.findMany({ where: { ...req.query, organizationId: req.user!.organizationId }, take: 100 });
  res.json(students);
});
