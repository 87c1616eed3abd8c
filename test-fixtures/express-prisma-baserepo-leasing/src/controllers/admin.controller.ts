import type { Request, Response } from 'express';
import { userRepo } from '../repositories';

export async function listUsers(req: Request, res: Response) {
  res.json(await userRepo.list({ orgId: req.user!.orgId }));
}

export async function changeRole(req: Request, res: Response) {
  const user = await userRepo.update(req.params.id, { role: req.body.role });
  res.json({ id: user.id, role: user.role });
}
