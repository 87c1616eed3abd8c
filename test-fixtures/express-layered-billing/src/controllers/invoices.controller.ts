import type { Request, Response, NextFunction } from 'express';
import { invoiceService } from '../services/invoice.service';
import { InvoiceRepository } from '../repositories/invoice.repository';

const repo = new InvoiceRepository();

export const invoicesController = {
  async list(req: Request, res: Response) {
    const status = typeof req.query.status === 'string' ? req.query.status : undefined;
    res.json(await invoiceService.list(req.user!.orgId, status));
  },

  async show(req: Request, res: Response, next: NextFunction) {
    try {
      res.json(await invoiceService.get(req.user!.orgId, req.params.id));
    } catch (err) {
      next(err);
    }
  },

  async lines(req: Request, res: Response, next: NextFunction) {
    try {
      res.json(await invoiceService.lines(req.user!.orgId, req.params.id));
    } catch (err) {
      next(err);
    }
  },

  async create(req: Request, res: Response) {
    const { orgId } = req.user!;
    const invoice = await repo.create(orgId, req.body);
    res.status(201).json(invoice);
  },

  async update(req: Request, res: Response) {
    const result = await invoiceService.update(req.user!.orgId, req.params.id, req.body);
    if (result.count === 0) return res.sendStatus(404);
    res.sendStatus(204);
  },

  async send(req: Request, res: Response) {
    const invoice = await invoiceService.send(req.params.id);
    res.json(invoice);
  },

  async remove(req: Request, res: Response) {
    await invoiceService.remove(req.params.id);
    res.sendStatus(204);
  },

  async exportCsv(req: Request, res: Response) {
    const rows = await invoiceService.list(req.user!.orgId);
    res.type('text/csv');
    res.send(rows.map((r) => [r.number, r.status, r.amountCents].join(',')).join('\n'));
  },
};
