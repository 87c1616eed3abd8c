import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma';

export async function listOrganizations(_req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const orgs = await prisma.organization.findMany({
    include: { _count: { select: { users: true, invoices: true } } },
  });
  res.json(orgs);
}

export async function setOrganizationPlan(req: Request, res: Response) {
  // ok: unscoped-tenant-query
  const org = await prisma.organization.update({
    where: { id: req.params.orgId },
    data: { plan: req.body.plan },
  });
  res.json(org);
}

export async function impersonate(req: Request, res: Response) {
  // expect: unscoped-tenant-query
  const user = await prisma.user.findUnique({ where: { id: req.params.userId } });
  if (!user) return res.sendStatus(404);
  res.json({ id: user.id, orgId: user.orgId, role: user.role });
}
