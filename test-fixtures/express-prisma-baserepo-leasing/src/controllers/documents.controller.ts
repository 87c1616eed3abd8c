import type { Request, Response } from 'express';
import { leaseDocuments } from '../repositories/document.store';
import { rentRoll } from '../services/rentroll.service';
import { leaseRepo } from '../repositories';

export async function getDocument(req: Request, res: Response) {
  const doc = await leaseDocuments.byId(req.params.id);
  if (!doc || doc.orgId !== req.user!.orgId) return res.status(404).json({ error: 'not found' });
  return res.json(doc);
}

export async function documentsOfLease(req: Request, res: Response) {
  res.json(await leaseDocuments.forLease(req.user!.orgId, req.params.leaseId));
}

export async function rentRollReport(req: Request, res: Response) {
  res.json(await rentRoll.forOrg(req.user!.orgId));
}

export async function unitDetail(req: Request, res: Response) {
  res.json(await rentRoll.unit(req.params.id));
}

// platform support staff look across every landlord
export async function allLeases(_req: Request, res: Response) {
  res.json(await leaseRepo.list());
}
