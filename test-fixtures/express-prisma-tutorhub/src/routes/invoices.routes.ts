import { Router } from 'express';
import { logger } from '../lib/logger';
import { requireRole } from '../middleware/requireUser';
import { findInvoiceForOrg, listInvoices, toCsv, voidInvoice } from '../services/invoices.service';

export const invoicesRouter = Router();

// ok: missing-auth
invoicesRouter.get('/', async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : undefined;
  res.json(await listInvoices(req.user!.organizationId, status));
});

// expect: missing-rate-limit
invoicesRouter.get('/export.csv', async (req, res) => {
  try {
    const rows = await listInvoices(req.user!.organizationId);
    res.type('text/csv').send(toCsv(rows));
  } catch (err) {
    logger.error({ err }, 'invoice export failed');
    // expect: error-details-leak
    res.status(500).json({ error: 'Export failed', detail: (err as Error).message });
  }
});

// ok: missing-auth
invoicesRouter.get('/:id', async (req, res) => {
  const invoice = await findInvoiceForOrg(req.user!.organizationId, req.params.id);
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
});

// ok: missing-role-check, missing-input-validation
invoicesRouter.post('/:id/void', requireRole('OWNER', 'ADMIN'), async (req, res) => {
  const { count } = await voidInvoice(req.user!.organizationId, req.params.id);
  res.sendStatus(count ? 204 : 409);
});
