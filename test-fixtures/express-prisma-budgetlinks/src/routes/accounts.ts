import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';
import { archiveAccount, assertOwnAccount, moveAccount } from '../services/accountService';

export const accountsRouter = Router();

const linkSchema = z.object({
  institutionId: z.string().cuid(),
  name: z.string().min(1).max(80),
  currency: z.string().length(3).default('EUR'),
});

accountsRouter.get('/', async (req, res) => {
  // ok: unscoped-tenant-query
  const accounts = await prisma.account.findMany({
    where: { userId: req.userId },
    include: { institution: true },
  });
  res.json(accounts);
});

accountsRouter.post('/', async (req, res) => {
  const data = linkSchema.parse(req.body);
  // ok: unscoped-tenant-query
  const account = await prisma.account.create({ data: { ...data, userId: req.userId! } });
  res.status(201).json(account);
});

accountsRouter.get('/:id', async (req, res) => {
  // ok: unscoped-tenant-query
  const account = await prisma.account.findFirst({
    where: { id: req.params.id, userId: req.userId },
    include: { institution: true },
  });
  if (!account) return res.status(404).json({ error: 'not found' });
  return res.json(account);
});

// Renaming forgot the owner: any signed-in user can rename anyone's account by id.
accountsRouter.patch('/:id', async (req, res) => {
  const { name } = z.object({ name: z.string().min(1).max(80) }).parse(req.body);
  // expect: unscoped-tenant-query
  const account = await prisma.account.update({ where: { id: req.params.id }, data: { name } });
  res.json(account);
});

// Everyone's accounts at one bank: the institution is no tenant, the accounts are.
accountsRouter.get('/by-institution/:institutionId', async (req, res) => {
  // expect: unscoped-tenant-query
  const accounts = await prisma.account.findMany({ where: { institutionId: req.params.institutionId } });
  res.json(accounts);
});

const moveSchema = z.object({ accountId: z.string().cuid(), targetInstitutionId: z.string().cuid() });

// The service is handed the whole parsed body; the account was checked for the caller first.
accountsRouter.post('/move', async (req, res) => {
  const values = moveSchema.parse(req.body);
  await assertOwnAccount(req.userId!, values.accountId);
  res.json(await moveAccount(values));
});

// The same hand-over without the check.
accountsRouter.post('/archive', async (req, res) => {
  const values = z.object({ accountId: z.string().cuid() }).parse(req.body);
  res.json(await archiveAccount(values));
});
