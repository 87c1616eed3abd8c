import { Request, Response } from 'express';
import { parse } from 'csv-parse/sync';
import { AppDataSource } from '../data-source';
import { Customer } from '../entities/Customer';
import { quoteService } from '../services/quote.service';

const customers = () => AppDataSource.getRepository(Customer);

export async function listCustomers(req: Request, res: Response) {
  const search = typeof req.query.q === 'string' ? req.query.q : '';
  // ok: unscoped-tenant-query
  const qb = customers().createQueryBuilder('c').where('c.organizationId = :org', { org: req.user!.organizationId });
  if (search) qb.andWhere('c.name ILIKE :q', { q: `%${search}%` });
  res.json(await qb.orderBy('c.name').take(100).getMany());
}

export async function createCustomer(req: Request, res: Response) {
  const customer = customers().create({ ...req.body, organizationId: req.user!.organizationId });
  res.status(201).json(await customers().save(customer));
}

export async function updateCustomer(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const result = await customers().update({ id: req.params.id, organizationId: req.user!.organizationId }, req.body);
  if (!result.affected) return res.status(404).json({ error: 'not_found' });
  res.json({ ok: true });
}

export async function customerQuotes(req: Request, res: Response) {
  res.json(await quoteService.forCustomer(req.params.id));
}

export async function importCustomers(req: Request, res: Response) {
  if (!req.file) return res.status(400).json({ error: 'file_required' });
  const records: Array<{ name: string; email?: string; company?: string }> = parse(req.file.buffer.toString('utf8'), {
    columns: true,
    skip_empty_lines: true,
  });
  const organizationId = req.user!.organizationId;
  const saved = await customers().save(records.map((r) => customers().create({ ...r, organizationId })));
  res.status(201).json({ imported: saved.length });
}
