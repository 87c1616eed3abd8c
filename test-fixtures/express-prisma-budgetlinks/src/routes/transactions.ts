import { Router } from 'express';
import { z } from 'zod';
import { prisma } from '../db';

export const transactionsRouter = Router();

const listQuery = z.object({
  accountId: z.string().cuid().optional(),
  categoryId: z.string().cuid().optional(),
});

transactionsRouter.get('/', async (req, res) => {
  const { accountId, categoryId } = listQuery.parse(req.query);
  // ok: unscoped-tenant-query
  const transactions = await prisma.transaction.findMany({
    where: { userId: req.userId, ...(accountId && { accountId }), ...(categoryId && { categoryId }) },
    orderBy: { bookedAt: 'desc' },
    take: 200,
  });
  res.json(transactions);
});

// Spending per category this month: the caller's own totals.
transactionsRouter.get('/summary', async (req, res) => {
  // ok: unscoped-tenant-query
  const totals = await prisma.transaction.groupBy({
    by: ['categoryId'],
    where: { userId: req.userId, bookedAt: { gte: new Date(new Date().setDate(1)) } },
    _sum: { amount: true },
  });
  res.json(totals);
});

// Moving a transaction to another category: checks the transaction but not the category.
transactionsRouter.patch('/:id/category', async (req, res) => {
  const { categoryId } = z.object({ categoryId: z.string().cuid() }).parse(req.body);
  // ok: unscoped-tenant-query
  const tx = await prisma.transaction.findFirst({ where: { id: req.params.id, userId: req.userId } });
  if (!tx) return res.status(404).json({ error: 'not found' });
  // expect: unscoped-tenant-query
  const category = await prisma.category.findUnique({ where: { id: categoryId } });
  if (!category) return res.status(400).json({ error: 'unknown category' });
  // ok: unscoped-tenant-query
  const updated = await prisma.transaction.update({ where: { id: tx.id }, data: { categoryId: category.id } });
  return res.json(updated);
});
