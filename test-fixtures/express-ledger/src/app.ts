import express from 'express';
import cors from 'cors';
import authRoutes from '@/routes/auth';
import invoiceRoutes from '@/routes/invoices';
import { staffRouter } from '@/routes/staff';
import { authenticate } from '@/middleware/auth';
import { prisma } from '@/lib/prisma';
import { logger } from '@/lib/logger';

export const app = express();

const allowed = (process.env.ALLOWED_ORIGINS ?? '').split(',');
// ok: cors-wildcard
app.use(cors({ origin: allowed, credentials: true }));
app.use(express.json());

app.use((req, _res, next) => {
  // expect: token-logging
  logger.info({ method: req.method, url: req.url, headers: req.headers }, 'request');
  next();
});

// ok: missing-auth
app.get('/healthz', (_req, res) => res.send('ok'));

// ok: missing-auth
app.get('/currencies', async (_req, res) => {
  res.json(await prisma.currency.findMany());
});

// expect: missing-auth
app.get('/workspaces/:id/summary', async (req, res) => {
  const invoices = await prisma.invoice.findMany({ where: { workspaceId: req.params.id } });
  res.json({ count: invoices.length });
});

// the invite form asks whether a colleague already has an account; "checkUser..." is about
// the looked-up user, not the caller, so this stays unauthenticated
async function checkUserExists(email: string) {
  const user = await prisma.user.findUnique({ where: { email } });
  if (!user) throw Object.assign(new Error('no such user'), { status: 404 });
  return user;
}

// expect: missing-auth
app.get('/members/lookup', async (req, res) => {
  const user = await checkUserExists(String(req.query.email));
  res.json({ id: user.id, name: user.name, workspaceId: user.workspaceId });
});

// the old mobile app still calls /v1 with cookies
app.use(
  '/v1',
  cors({
    // expect: cors-wildcard
    origin: '*',
    credentials: true,
  }),
);
// ok: cors-wildcard
app.use('/partners', cors({ origin: /^https:\/\/([a-z0-9-]+\.)?ledgerly\.io$/, credentials: true }));
// ok: cors-wildcard
app.use('/embed', cors({ origin: 'https://app.ledgerly.io', credentials: true }));
app.use(
  '/beta',
  cors({
    // ok: cors-wildcard
    origin: (origin, cb) => cb(null, !origin || allowed.includes(origin)),
    credentials: true,
  }),
);
app.use(
  '/sandbox',
  cors({
    // expect: cors-wildcard
    origin: 'null',
    credentials: true,
  }),
);

app.use('/auth', authRoutes);
app.use('/api', invoiceRoutes);
app.use('/api', staffRouter);

app.use(authenticate);

// ok: missing-auth
app.get('/me', async (req, res) => {
  const user = (req as any).user;
  // ok: unscoped-tenant-query
  const me = await prisma.user.findUnique({ where: { id: user.id } });
  // ok: token-logging
  logger.info({ userId: user.id }, 'profile read');
  res.json(me);
});

// ok: missing-auth
// expect: missing-input-validation
app.patch('/me', async (req, res) => {
  // ok: unscoped-tenant-query
  await prisma.user.update({ where: { id: (req as any).user.id }, data: { email: req.body.email } });
  res.sendStatus(204);
});
