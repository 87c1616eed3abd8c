import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Attachment } from '../entities/Attachment';
import { Customer } from '../entities/Customer';
import { quoteService } from '../services/quote.service';
import { sendMail } from '../services/mailer';
import { config } from '../config';
import { logger } from '../config/logger';

export async function listQuotes(req: Request, res: Response) {
  const status = typeof req.query.status === 'string' ? req.query.status : undefined;
  res.json(await quoteService.list(req.user!.organizationId, status));
}

export async function getQuote(req: Request, res: Response) {
  const quote = await quoteService.get(req.user!.organizationId, req.params.id);
  if (!quote) return res.status(404).json({ error: 'not_found' });
  res.json(quote);
}

export async function createQuote(req: Request, res: Response) {
  const quote = await quoteService.create(req.user!.organizationId, req.user!.id, req.body);
  if (!quote) return res.status(422).json({ error: 'unknown_customer' });
  res.status(201).json(quote);
}

export async function updateStatus(req: Request, res: Response) {
  const quote = await quoteService.setStatus(req.params.id, req.body.status);
  if (!quote) return res.status(404).json({ error: 'not_found' });
  res.json(quote);
}

export async function expireQuotes(req: Request, res: Response) {
  const ok = await quoteService.expireMany(req.user!.organizationId, req.body.ids);
  if (!ok) return res.status(404).json({ error: 'not_found' });
  res.json({ expired: req.body.ids.length });
}

export async function deleteQuote(req: Request, res: Response) {
  const removed = await quoteService.remove(req.user!.organizationId, req.params.id);
  res.status(removed ? 204 : 404).end();
}

export async function sendQuote(req: Request, res: Response) {
  const quote = await quoteService.get(req.user!.organizationId, req.params.id);
  if (!quote) return res.status(404).json({ error: 'not_found' });
  // ok: unscoped-tenant-query
  const customer = await AppDataSource.getRepository(Customer).findOneBy({ id: quote.customerId, organizationId: quote.organizationId });
  if (!customer?.email) return res.status(422).json({ error: 'customer_has_no_email' });
  try {
    await sendMail(customer.email, `Quote ${quote.number}`, `${config.appUrl}/q/${quote.shareToken}`);
    res.json({ sent: true });
  } catch (err) {
    logger.error('quote email failed', { quoteId: quote.id, err });
    // expect: error-details-leak
    res.status(502).json({ error: 'email_failed', detail: (err as Error).message });
  }
}

export async function exportCsv(req: Request, res: Response) {
  const rows = await quoteService.exportRows(req.user!.organizationId);
  const lines = ['number,status,total,currency', ...rows.map((q) => `${q.number},${q.status},${q.totalCents / 100},${q.currency}`)];
  res.setHeader('Content-Type', 'text/csv');
  res.setHeader('Content-Disposition', 'attachment; filename="quotes.csv"');
  res.send(lines.join('\n'));
}

export async function addAttachment(req: Request, res: Response) {
  const quote = await quoteService.get(req.user!.organizationId, req.params.id);
  if (!quote) return res.status(404).json({ error: 'not_found' });
  if (!req.file) return res.status(400).json({ error: 'file_required' });
  const repo = AppDataSource.getRepository(Attachment);
  const attachment = await repo.save(
    repo.create({
      organizationId: quote.organizationId,
      quoteId: quote.id,
      fileName: req.file.originalname,
      storagePath: req.file.path,
      mimeType: req.file.mimetype,
      sizeBytes: req.file.size,
    }),
  );
  res.status(201).json(attachment);
}
