import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { Organization } from '../entities/Organization';

const orgs = () => AppDataSource.getRepository(Organization);

export async function listOrganizations(_req: Request, res: Response) {
  // ok: unscoped-tenant-query
  res.json(await orgs().find({ order: { createdAt: 'DESC' }, take: 200 }));
}

export async function suspendOrganization(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  await orgs().update({ id: req.params.id }, { suspended: true });
  res.json({ ok: true });
}
