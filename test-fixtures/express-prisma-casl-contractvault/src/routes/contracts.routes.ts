import { Router } from 'express';
import type { User } from '@prisma/client';
import { z } from 'zod';
import { validate } from '../middleware/validate';
import { exportLimiter } from '../middleware/limiters';
import { prisma } from '../lib/prisma';
import * as contracts from '../services/contracts.service';

const router = Router();

const createContractSchema = z.object({
  title: z.string().min(1).max(200),
  counterparty: z.string().min(1).max(200),
  valueCents: z.number().int().nonnegative(),
});
const updateContractSchema = createContractSchema.partial();

// ok: missing-auth
router.get('/', async (req, res) => {
  const status = typeof req.query.status === 'string' ? req.query.status : undefined;
  res.json(await contracts.listContracts(req.user as User, status));
});

// ok: missing-auth, missing-input-validation
router.post('/', validate(createContractSchema), async (req, res) => {
  const user = req.user as User;
  const contract = await prisma.contract.create({ data: { ...req.body, workspaceId: user.workspaceId, ownerId: user.id } });
  res.status(201).json(contract);
});

// ok: missing-auth, missing-rate-limit
router.get('/export.csv', exportLimiter, async (req, res) => {
  const user = req.user as User;
  const rows = await contracts.listContracts(user);
  res.type('text/csv').send(['title,counterparty,status,value', ...rows.map((c) => `${c.title},${c.counterparty},${c.status},${c.valueCents}`)].join('\n'));
});

// ok: missing-auth
router.get('/:id', async (req, res) => {
  res.json(await contracts.getContract(req.user as User, req.params.id));
});

// ok: missing-auth, missing-input-validation
router.patch('/:id', validate(updateContractSchema), async (req, res) => {
  res.json(await contracts.updateContract(req.user as User, req.params.id, req.body));
});

// ok: missing-auth, missing-input-validation
router.post('/:id/status', validate(z.object({ status: z.enum(['draft', 'in_review', 'signed', 'expired']) })), async (req, res) => {
  res.json(await contracts.setContractStatus(req.params.id, req.body.status));
});

// ok: missing-auth
router.delete('/:id', async (req, res) => {
  await contracts.deleteContract(req.user as User, req.params.id);
  res.status(204).end();
});

export default router;
