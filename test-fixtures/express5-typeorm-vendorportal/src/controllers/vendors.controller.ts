import type { Request, Response } from 'express';
import { z } from 'zod';
import { vendors } from '../db/data-source.js';
import { findOrgVendor } from '../services/orgScope.js';

const CreateVendor = z.object({
  name: z.string().min(2).max(120),
  taxId: z.string().max(32).optional(),
  iban: z.string().max(34).optional(),
});

export async function listVendors(req: Request, res: Response) {
  const { status } = req.query as { status?: string };
  // ok: unscoped-tenant-query
  const rows = await vendors().find({
    where: { organization: { id: req.user!.orgId }, ...(status ? { status: status as 'pending' } : {}) },
    order: { name: 'ASC' },
    take: 100,
  });
  res.json(rows);
}

export async function getVendor(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const vendor = await vendors().findOne({
    where: { id: req.params.id, organization: { id: req.user!.orgId } },
    relations: { documents: true },
  });
  if (!vendor) return res.status(404).json({ error: 'not found' });
  res.json(vendor);
}

export async function createVendor(req: Request, res: Response) {
  const input = CreateVendor.parse(req.body);
  const vendor = vendors().create({ ...input, organizationId: req.user!.orgId });
  await vendors().save(vendor);
  res.status(201).json(vendor);
}

// the bank details form posts straight into the entity
export async function updateVendor(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const vendor = await vendors().findOneBy({ id: req.params.id });
  if (!vendor) return res.status(404).json({ error: 'not found' });
  vendors().merge(vendor, { name: req.body.name, iban: req.body.iban, taxId: req.body.taxId });
  await vendors().save(vendor);
  res.json(vendor);
}

export async function approveVendor(req: Request, res: Response) {
  const vendor = await findOrgVendor(req.user!.orgId, req.params.id);
  if (!vendor) return res.status(404).json({ error: 'not found' });
  vendor.status = 'approved';
  await vendors().save(vendor);
  res.json(vendor);
}

export async function deleteVendor(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const result = await vendors().delete({ id: req.params.id });
  if (!result.affected) return res.status(404).json({ error: 'not found' });
  res.status(204).end();
}
