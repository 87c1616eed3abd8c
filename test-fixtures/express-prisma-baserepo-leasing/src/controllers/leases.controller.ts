import type { Request, Response } from 'express';
import { z } from 'zod';
import { leaseRepo } from '../repositories';

const rentSchema = z.object({ rentCents: z.number().int().positive() });

export async function listLeases(req: Request, res: Response) {
  res.json(await leaseRepo.list({ orgId: req.user!.orgId }));
}

export async function getLease(req: Request, res: Response) {
  // the generic findById has no tenant filter: any manager can read any org's lease
  const lease = await leaseRepo.findById(req.params.id);
  if (!lease) return res.status(404).json({ error: 'not found' });
  return res.json(lease);
}

export async function updateRent(req: Request, res: Response) {
  const { rentCents } = rentSchema.parse(req.body);
  const lease = await leaseRepo.findScoped(req.user!.orgId, req.params.id);
  if (!lease) return res.status(404).json({ error: 'not found' });
  return res.json(await leaseRepo.update(req.params.id, { rentCents }));
}

export async function terminateLease(req: Request, res: Response) {
  const lease = await leaseRepo.update(req.params.id, { status: 'terminated' });
  res.json(lease);
}

export async function deleteLease(req: Request, res: Response) {
  const lease = await leaseRepo.findScoped(req.user!.orgId, req.params.id);
  if (!lease) return res.status(404).json({ error: 'not found' });
  await leaseRepo.remove(req.params.id);
  return res.status(204).end();
}
