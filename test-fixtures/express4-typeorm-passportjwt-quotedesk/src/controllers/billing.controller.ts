import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Organization } from '../entities/Organization';
import { Quote } from '../entities/Quote';
import { Customer } from '../entities/Customer';
import { UserRole } from '../entities/User';
import { logger } from '../config/logger';

function canManageBilling(user: Express.User) {
  return user.role === UserRole.Owner;
}

export async function getBilling(req: Request, res: Response) {
  if (!canManageBilling(req.user!)) return res.status(403).json({ error: 'owners only' });
  // ok: unscoped-tenant-query
  const org = await AppDataSource.getRepository(Organization).findOneBy({ id: req.user!.organizationId });
  res.json({ plan: org?.plan, stripeCustomerId: org?.stripeCustomerId });
}

export async function changePlan(req: Request, res: Response) {
  try {
    // ok: unscoped-tenant-query
    await AppDataSource.getRepository(Organization).update({ id: req.user!.organizationId }, { plan: req.body.plan });
    res.json({ ok: true });
  } catch (err) {
    logger.error('plan change failed', { err });
    // ok: error-details-leak
    res.status(500).json({ error: 'Could not change the plan' });
  }
}

export async function quoteByNumber(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const quote = await AppDataSource.getRepository(Quote)
    .createQueryBuilder('q')
    .leftJoinAndSelect('q.lines', 'line')
    .where('q.number = :number', { number: req.params.number })
    .getOne();
  if (!quote) return res.status(404).json({ error: 'not_found' });
  res.json(quote);
}

export async function customerTimeline(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const rows = await AppDataSource.query('SELECT id, number, status, "totalCents" FROM quotes WHERE "customerId" = $1 ORDER BY "createdAt" DESC', [req.params.id]);
  res.json(rows);
}

export async function renameCustomer(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const saved = await AppDataSource.getRepository(Customer).save({ id: req.params.id, name: req.body.name });
  res.json(saved);
}

export async function customerNotes(req: Request, res: Response) {
  const repo = AppDataSource.getRepository(Customer);
  // ok: unscoped-tenant-query
  const customer = await repo.findOneBy({ id: req.params.id });
  if (!customer || customer.organizationId !== req.user!.organizationId) return res.status(404).json({ error: 'not_found' });
  customer.notes = req.body.notes;
  await repo.save(customer);
  res.json({ ok: true });
}
