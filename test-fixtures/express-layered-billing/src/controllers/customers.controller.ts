import type { Request, Response, NextFunction } from 'express';
import { customerService } from '../services/customer.service';

export async function listCustomers(req: Request, res: Response) {
  res.json(await customerService.list(req.user!.orgId));
}

export async function createCustomer(req: Request, res: Response, next: NextFunction) {
  try {
    res.status(201).json(await customerService.create(req.user!.orgId, req.body));
  } catch (err) {
    next(err);
  }
}

export async function getCustomer(req: Request, res: Response, next: NextFunction) {
  try {
    res.json(await customerService.getForOrg(req.user!.orgId, req.params.id));
  } catch (err) {
    next(err);
  }
}

export async function getStatement(req: Request, res: Response) {
  const customer = await customerService.statement(req.params.id);
  if (!customer) return res.sendStatus(404);
  res.json({ customer: customer.name, invoices: customer.invoices });
}

export async function updateCustomer(req: Request, res: Response, next: NextFunction) {
  try {
    const { orgId } = req.user!;
    // billing contact details come straight from the form
    const updated = await customerService.update(orgId, req.params.id, req.body);
    res.json(updated);
  } catch (err) {
    next(err);
  }
}
