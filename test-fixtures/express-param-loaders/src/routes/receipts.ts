import { Router, type NextFunction, type Request, type Response } from 'express';
import { prisma } from '../lib/prisma';

const router = Router();

// Loaders listed in each route rather than registered with router.param: they still run for the
// route, so what they look up is the route's data access.
async function loadInvoice(req: Request, res: Response, next: NextFunction) {
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.invoiceId } });
  if (!invoice) return res.status(404).json({ error: 'not found' });
  req.invoice = invoice;
  next();
}

async function loadOwnInvoice(req: Request, res: Response, next: NextFunction) {
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.findFirst({ where: { id: req.params.invoiceId, orgId: req.user.orgId } });
  if (!invoice) return res.status(404).json({ error: 'not found' });
  req.invoice = invoice;
  next();
}

router.get('/:invoiceId', loadInvoice, (req, res) => {
  res.json({ number: req.invoice!.number, total: req.invoice!.totalCents });
});

router.post('/:invoiceId/void', loadOwnInvoice, async (req, res) => {
  // the loader found this id inside the caller's organization
  // ok: unscoped-tenant-query
  const invoice = await prisma.invoice.update({ where: { id: req.params.invoiceId }, data: { status: 'void' } });
  res.json({ status: invoice.status });
});

export default router;
