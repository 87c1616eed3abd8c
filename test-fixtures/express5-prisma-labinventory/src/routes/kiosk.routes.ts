import { Router } from 'express';
import type { Request, Response } from 'express';
import { prisma } from '../lib/prisma.js';
import { getAllowedAuthProviders } from '../services/auth.service.js';

// The bench tablets: they show the sign-in choices, and a technician renames a device from the tablet.
export const kioskRouter = Router();

// ok: missing-auth
kioskRouter.get('/sign-in-options', (_req: Request, res: Response) => {
  res.json({ providers: getAllowedAuthProviders() });
});

// the provider list is read for the tablet's screen: it checks nobody
// expect: missing-auth, missing-input-validation
kioskRouter.patch('/equipment/:id/name', async (req: Request, res: Response) => {
  const providers = getAllowedAuthProviders();
  const equipment = await prisma.equipment.update({ where: { id: req.params.id }, data: { name: String(req.body.name ?? '') } });
  res.json({ equipment, providers });
});
