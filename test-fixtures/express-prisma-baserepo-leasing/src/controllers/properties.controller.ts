import type { Request, Response } from 'express';
import { propertyRepo, unitRepo } from '../repositories';

export async function listProperties(req: Request, res: Response) {
  res.json(await propertyRepo.findForOrg(req.user!.orgId));
}

export async function getProperty(req: Request, res: Response) {
  const property = await propertyRepo.withUnits(req.user!.orgId, req.params.id);
  if (!property) return res.status(404).json({ error: 'not found' });
  return res.json(property);
}

export async function searchProperties(req: Request, res: Response) {
  res.json(await propertyRepo.search(String(req.query.q ?? '')));
}

export async function unitsOfProperty(req: Request, res: Response) {
  // scoped: the caller's org is part of the filter handed to the generic list()
  res.json(await unitRepo.list({ propertyId: req.params.id, orgId: req.user!.orgId }));
}
