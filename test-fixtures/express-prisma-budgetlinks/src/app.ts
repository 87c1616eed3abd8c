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

// Local fixtures for the front-end team: never registered in a production build.
const isProduction = process.env.NODE_ENV === 'production';
if (!isProduction) {
  const devTools = express.Router();
  // ok: missing-auth
  devTools.post('/reset', async (_req, res) => {
    await prisma.transaction.deleteMany({});
    res.sendStatus(204);
  });
  app.use('/__dev', devTools);
}
if (process.env.NODE_ENV !== 'production') {
  // ok: missing-auth
  app.get('/__dev/users', async (_req, res) => res.json(await prisma.user.findMany({ select: { id: true, email: true } })));
}
// A staging flag is no production check: this one ships.
if (process.env.ENABLE_SUPPORT_TOOLS === 'true') {
  // expect: missing-auth
  app.get('/support/users/:id', async (req, res) => res.json(await prisma.user.findUnique({ where: { id: req.params.id } })));
}
