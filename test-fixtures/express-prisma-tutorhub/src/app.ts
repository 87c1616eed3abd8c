import cookieParser from 'cookie-parser';
import cors from 'cors';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { config } from './lib/config';
import { HttpError } from './lib/errors';
import { logger } from './lib/logger';
import { prisma } from './lib/prisma';
import { requireUser } from './middleware/requireUser';
import { adminRouter } from './routes/admin.routes';
import { authRouter } from './routes/auth.routes';
import { billingRouter } from './routes/billing.routes';
import { documentsRouter } from './routes/documents.routes';
import { invoicesRouter } from './routes/invoices.routes';
import { lessonsRouter } from './routes/lessons.routes';
import { meRouter } from './routes/me.routes';
import { reportsRouter } from './routes/reports.routes';
import { studentsRouter } from './routes/students.routes';
import { webhooksRouter } from './routes/webhooks.routes';
import { widgetRouter } from './routes/widget.routes';

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(pinoHttp({ logger }));

// webhooks need the raw body, so they are mounted before the JSON parser
app.use('/webhooks', webhooksRouter);

app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
// ok: cors-wildcard
app.use('/api', cors({ origin: config.allowedOrigins, credentials: true }));

// ok: missing-auth
app.get('/health', (_req, res) => res.json({ status: 'ok' }));

// ok: missing-auth
app.get('/api/announcements', async (_req, res) => {
  // ok: unscoped-tenant-query
  res.json(await prisma.organization.count());
});

// declared on the app itself: requireUser below runs for lessonsRouter only, not for this route
// expect: missing-auth
app.get('/api/lessons/today', async (req, res) => {
  const organizationId = String(req.headers['x-organization-id'] ?? '');
  // ok: unscoped-tenant-query
  res.json(await prisma.lesson.findMany({ where: { organizationId, startsAt: { gte: new Date(new Date().toDateString()) } } }));
});

app.use(['/api/calendar', '/api/availability'], requireUser);

// ok: missing-auth
app.get('/api/calendar/feed', async (req, res) => {
  // ok: unscoped-tenant-query
  const lessons = await prisma.lesson.findMany({
    where: { organizationId: req.user!.organizationId, tutorId: req.user!.id, startsAt: { gte: new Date() } },
  });
  res.json(lessons);
});

// ok: missing-auth
app.get('/api/availability/:tutorId', async (req, res) => {
  // expect: unscoped-tenant-query
  const booked = await prisma.lesson.findMany({ where: { tutorId: req.params.tutorId }, select: { startsAt: true, minutes: true } });
  res.json(booked);
});

app.use('/auth', authRouter);
app.use('/api/billing', requireUser, billingRouter);
app.use('/api/students', studentsRouter);
app.use('/api/lessons', requireUser, lessonsRouter);
app.use('/api/invoices', requireUser, invoicesRouter);
app.use('/api/documents', requireUser, documentsRouter);
app.use('/api/me', requireUser, meRouter);
app.use('/api/admin', requireUser, adminRouter);
app.use('/api/reports', reportsRouter);
app.use(
  '/embed',
  cors({
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  }),
  widgetRouter,
);

app.use((err: unknown, req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof HttpError) {
    // ok: error-details-leak
    return res.status(err.status).json({ error: err.message });
  }
  // ok: token-logging
  logger.error({ err, path: req.path }, 'unhandled error');
  // ok: error-details-leak
  res.status(500).json({ error: 'Internal server error' });
});
