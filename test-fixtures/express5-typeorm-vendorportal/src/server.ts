import 'reflect-metadata';
import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { config } from './config.js';
import { AppDataSource } from './db/data-source.js';
import { logger } from './lib/logger.js';
import { errorHandler } from './middleware/errorHandler.js';
import { magicLinkLimiter } from './middleware/rateLimits.js';
import { authRouter } from './routes/auth.routes.js';
import { vendorsRouter } from './routes/vendors.routes.js';
import { purchaseOrdersRouter } from './routes/purchaseOrders.routes.js';
import { documentsRouter } from './routes/documents.routes.js';
import { adminRouter } from './routes/admin.routes.js';
import { webhooksRouter } from './routes/webhooks.routes.js';
import { catalogRouter } from './routes/catalog.routes.js';
import { ssoRouter } from './routes/sso.routes.js';
import { widgetRouter } from './routes/widget.routes.js';
import { billingRouter } from './routes/billing.routes.js';
import { requireJwt, requireRole } from './middleware/auth.js';
import { purchaseOrders } from './db/data-source.js';

const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(
  cors({
    // ok: cors-wildcard
    origin: config.allowedOrigins,
    credentials: true,
  }),
);

// webhooks read the raw body, so they are mounted before the JSON parser
app.use('/webhooks', webhooksRouter);

app.use(express.json({ limit: '256kb' }));
app.use(cookieParser());

// ok: missing-auth
app.get('/healthz', async (_req, res) => {
  await AppDataSource.query('SELECT 1');
  res.json({ status: 'ok' });
});

// public read-only catalogue for the marketing site: no cookies, no credentials
app.use('/public/v1/catalog', cors(), catalogRouter);
app.use('/sso', ssoRouter);
app.use('/widget', widgetRouter);

// dashboard tile; written above the app-wide guard below, so the guard never runs for it
// expect: missing-auth
app.get('/api/dashboard/open-orders', async (req, res) => {
  const rows = await purchaseOrders().find({ where: { organizationId: String(req.query.org) }, take: 20 });
  res.json(rows);
});

app.use('/api', (req, res, next) => (req.path.startsWith('/auth') ? next() : requireJwt(req, res, next)));

// ok: missing-auth
app.get('/api/dashboard/summary', async (req, res) => {
  // ok: unscoped-tenant-query
  const count = await purchaseOrders().count({ where: { organizationId: req.user!.orgId, status: 'submitted' } });
  res.json({ awaitingApproval: count });
});

app.use('/api/auth/magic-link', magicLinkLimiter);
app.use('/api/auth', authRouter);
app.use('/api/vendors', vendorsRouter);
app.use('/api/purchase-orders', purchaseOrdersRouter);
app.use('/api/documents', documentsRouter);
app.use('/api/admin', adminRouter);
app.use('/api/admin/billing', requireJwt, requireRole('owner'), billingRouter);

app.use(errorHandler);

AppDataSource.initialize()
  .then(() => app.listen(config.port, () => logger.info(`vendor portal listening on ${config.port}`)))
  .catch((err) => {
    logger.fatal({ err }, 'could not connect to the database');
    process.exit(1);
  });
