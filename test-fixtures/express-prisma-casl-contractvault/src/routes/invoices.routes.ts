import { Router } from 'express';
import type { User } from '@prisma/client';
import { prisma } from '../lib/prisma';
import { defineAbilityFor } from '../auth/abilities';

const router = Router();

// ok: missing-auth
router.get('/', async (req, res) => {
  const user = req.user as User;
  // ok: unscoped-tenant-query
  const invoices = await prisma.invoice.findMany({ where: { workspaceId: user.workspaceId }, orderBy: { number: 'desc' } });
  res.json(invoices);
});

// ok: missing-auth
router.get('/:id', async (req, res) => {
  const ability = defineAbilityFor(req.user as User);
  if (!ability.can('read', 'Invoice')) return res.sendStatus(403);
  // expect: unscoped-tenant-query
  const invoice = await prisma.invoice.findUnique({ where: { id: req.params.id } });
  if (!invoice) return res.sendStatus(404);
  res.json(invoice);
});

// ok: missing-auth
router.post('/:id/void', async (req, res) => {
  const user = req.user as User;
  if (!defineAbilityFor(user).can('update', 'Invoice')) return res.sendStatus(403);
  // ok: unscoped-tenant-query
  const result = await prisma.invoice.updateMany({ where: { id: req.params.id, workspaceId: user.workspaceId }, data: { status: 'void' } });
  if (result.count === 0) return res.sendStatus(404);
  res.json({ ok: true });
});

export default router;
