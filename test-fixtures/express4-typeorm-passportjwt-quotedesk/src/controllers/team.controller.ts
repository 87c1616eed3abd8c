import crypto from 'crypto';
import { Request, Response } from 'express';
import { AppDataSource } from '../data-source';
import { User } from '../entities/User';
import { sendMail } from '../services/mailer';
import { config } from '../config';

const users = () => AppDataSource.getRepository(User);

export async function listMembers(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const members = await users().find({
    where: { organizationId: req.user!.organizationId },
    select: { id: true, email: true, fullName: true, role: true },
  });
  res.json(members);
}

export async function inviteMember(req: Request, res: Response) {
  const inviteToken = crypto.randomBytes(24).toString('base64url');
  await sendMail(req.body.email, 'You are invited to Quotedesk', `${config.appUrl}/join?token=${inviteToken}&role=${req.body.role}`);
  res.status(202).json({ invited: req.body.email });
}

export async function changeMemberRole(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const result = await users().update({ id: req.params.id, organizationId: req.user!.organizationId }, { role: req.body.role });
  if (!result.affected) return res.status(404).json({ error: 'not_found' });
  res.json({ ok: true });
}

export async function removeMember(req: Request, res: Response) {
  if (req.params.userId === req.user!.id) return res.status(400).json({ error: 'cannot_remove_self' });
  // ok: unscoped-tenant-query
  await users().delete({ id: req.params.userId, organizationId: req.user!.organizationId });
  res.status(204).end();
}
