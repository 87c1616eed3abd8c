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

app.use('/api/auth/magic-link', magicLinkLimiter);
app.use('/api/auth', authRouter);
app.use('/api/vendors', vendorsRouter);
app.use('/api/purchase-orders', purchaseOrdersRouter);
app.use('/api/documents', documentsRouter);
app.use('/api/admin', adminRouter);

app.use(errorHandler);

AppDataSource.initialize()
  .then(() => app.listen(config.port, () => logger.info(`vendor portal listening on ${config.port}`)))
  .catch((err) => {
    logger.fatal({ err }, 'could not connect to the database');
    process.exit(1);
  });
