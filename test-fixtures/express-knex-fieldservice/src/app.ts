import 'express-async-errors';
import express, { ErrorRequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { z } from 'zod';
import { db } from './db';
import { authenticate } from './middleware/authenticate';
import { resolveTenant } from './middleware/tenant';
import { adminRouter } from './routes/admin';
import { customersRouter } from './routes/customers';
import { jobsRouter } from './routes/jobs';
import { notesRouter } from './routes/notes';
import { publicRouter } from './routes/public';
import { techniciansRouter } from './routes/technicians';

const ALLOWED_ORIGINS = (process.env.CORS_ORIGINS ?? 'https://app.fieldservice.example')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

const DAY_MS = 24 * 60 * 60 * 1000;

export const app = express();

// Behind a single load balancer hop; needed for express-rate-limit to see client IPs.
app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '100kb' }));

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    // ok: token-logging
    console.log(`${req.method} ${req.originalUrl} ${res.statusCode} ${Date.now() - started}ms`);
  });
  next();
});

// ---- Unauthenticated surface -------------------------------------------------

app.use(
  '/api/public',
  cors({
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  }),
  publicRouter,
);

app.use(
  '/api',
  cors({
    // ok: cors-wildcard
    origin: ALLOWED_ORIGINS,
    credentials: true,
  }),
);

const availabilityQuery = z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

// Dispatch board polls this every 30s, so it lives here instead of routes/technicians.ts
// to skip the router stack.
// expect: missing-auth
app.get('/api/technicians/availability', async (req, res) => {
  const tenantId = z.string().uuid().safeParse(req.header('x-tenant-id'));
  const query = availabilityQuery.safeParse(req.query);
  if (!tenantId.success || !query.success) {
    return res.status(400).json({ error: 'invalid request' });
  }

  const dayStart = new Date(`${query.data.date}T00:00:00Z`);
  const dayEnd = new Date(dayStart.getTime() + DAY_MS);
  const technicians = await db('technicians').where({ tenant_id: tenantId.data, active: true }).select('id', 'name', 'phone');
  const busy = await db('jobs')
    .where({ tenant_id: tenantId.data })
    .whereNotNull('technician_id')
    .where('scheduled_start', '<', dayEnd)
    .where('scheduled_end', '>', dayStart)
    .select('technician_id', 'scheduled_start', 'scheduled_end');

  res.json(
    technicians.map((t) => ({
      ...t,
      busy: busy.filter((b) => b.technician_id === t.id),
    })),
  );
});

// ---- Everything below requires a valid token and tenant membership ----------

app.use('/api', authenticate, resolveTenant);

// ok: missing-auth
app.get('/api/me', async (req, res) => {
  // ok: unscoped-tenant-query
  const user = await db('users').where({ id: req.auth.userId, tenant_id: req.tenantId }).first('id', 'email', 'name', 'role', 'tenant_id');
  if (!user) {
    return res.sendStatus(404);
  }
  res.json(user);
});

app.use('/api/jobs/:jobId/notes', notesRouter);
app.use('/api/jobs', jobsRouter);
app.use('/api/customers', customersRouter);
app.use('/api/technicians', techniciansRouter);
app.use('/api/admin', adminRouter);

app.use((_req, res) => {
  res.status(404).json({ error: 'not found' });
});

const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const status = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) {
    // ok: token-logging
    console.error('[error]', { method: req.method, path: req.path, message: err instanceof Error ? err.message : String(err) });
  }
  res.status(status).json({ error: status === 500 ? 'internal error' : 'bad request' });
};
app.use(errorHandler);

if (require.main === module) {
  const port = Number(process.env.PORT ?? 3000);
  app.listen(port, () => {
    console.log(`fieldservice-api listening on :${port}`);
  });
}
