import type { Request, Response } from 'express';
import { listUsersInOrg, removeUser, setRoleInOrg } from '../repositories/users.repository';
import { ticketsService } from '../services/tickets.service';

export async function listUsers(req: Request, res: Response) {
  res.json(await listUsersInOrg(req.user!.orgId));
}

export async function changeRole(req: Request, res: Response) {
  const { count } = await setRoleInOrg(req.user!.orgId, req.params.id, req.body.role);
  res.status(count ? 204 : 404).end();
}

export async function deleteUser(req: Request, res: Response) {
  await removeUser(req.params.id);
  res.status(204).end();
}

export async function assignTicket(req: Request, res: Response) {
  res.json(await ticketsService.reassign(req.params.id, req.body.assigneeId));
}
