import type { Request, Response } from 'express';
import { maintenanceService } from '../services/maintenance.service';

export async function openRequests(req: Request, res: Response) {
  res.json(await maintenanceService.openForOrg(req.user!.orgId));
}

export async function getRequest(req: Request, res: Response) {
  const request = await maintenanceService.getForOrg(req.user!.orgId, req.params.id);
  if (!request) return res.status(404).json({ error: 'not found' });
  return res.json(request);
}

export async function getRequestUnchecked(req: Request, res: Response) {
  const request = await maintenanceService.get(req.params.id);
  return res.json(request);
}

export async function fileRequest(req: Request, res: Response) {
  const { unitId, description } = req.body;
  const created = await maintenanceService.file(req.user!.orgId, unitId, description);
  res.status(201).json(created);
}
