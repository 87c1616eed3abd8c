import express, { type NextFunction, type Request, type Response } from 'express';
import authRoutes from './routes/auth.routes';
import invoiceRoutes from './routes/invoices.routes';
import customerRoutes from './routes/customers.routes';
import memberRoutes from './routes/members.routes';
import planRoutes from './routes/plans.routes';
import { adminRouter, supportRouter } from './routes/admin.routes';
import { HttpError } from './lib/errors';
import { prisma } from './lib/prisma';

export const app = express();
app.disable('x-powered-by');
app.use(express.json({ limit: '1mb' }));

app.get('/health', (_req, res) => res.json({ ok: true }));

app.use('/auth', authRoutes);
app.use('/api/plans', planRoutes);

// quick dashboard numbers for the status widget; someone forgot the auth here
// expect: missing-auth
app.get('/api/reports/revenue', async (req, res) => {
  const totals = await prisma.invoice.groupBy({
    by: ['status'],
    where: { orgId: String(req.query.orgId) },
    _sum: { amountCents: true },
  });
  res.json(totals);
});

// added for the settings page, outside the members router: requireAuth never runs for it, and the
// "not yourself" test lets anonymous callers through (their missing id equals nobody's)
// expect: missing-auth
app.post('/api/members/:id/make-owner', async (req, res) => {
  if (req.params.id === req.user?.id) return res.status(400).json({ error: 'you already own this organization' });
  await prisma.user.update({ where: { id: req.params.id }, data: { role: 'owner' } });
  res.sendStatus(204);
});

app.use('/api/invoices', invoiceRoutes);
app.use('/api/customers', customerRoutes);
app.use('/api/members', memberRoutes);
app.use('/api/admin/support', supportRouter);
app.use('/api/admin', adminRouter);

app.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof HttpError) return res.status(err.status).json({ error: err.message });
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});
