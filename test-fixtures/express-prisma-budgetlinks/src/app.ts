import express from 'express';
import helmet from 'helmet';
import { z } from 'zod';
import { prisma } from './db';
import { requireUser } from './middleware/auth';
import { accountsRouter } from './routes/accounts';
import { institutionsRouter } from './routes/institutions';
import { transactionsRouter } from './routes/transactions';

export const app = express();

app.use(helmet());
app.use(express.json({ limit: '50kb' }));

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

// The sign-up form asks whether an address is free before anyone has an account.
// ok: missing-auth
app.get('/api/users/email-available', async (req, res) => {
  const { email } = z.object({ email: z.string().email() }).parse(req.query);
  const taken = await prisma.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } });
  res.json({ available: !taken });
});

// A public profile lookup by id is not part of signing up.
// expect: missing-auth
app.get('/api/users/:id/summary', async (req, res) => {
  const user = await prisma.user.findUnique({ where: { id: req.params.id }, select: { name: true, email: true } });
  res.json(user);
});

app.use('/api', requireUser);
app.use('/api/institutions', institutionsRouter);
app.use('/api/accounts', accountsRouter);
app.use('/api/transactions', transactionsRouter);
