import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import { config } from './config';
import { connectDb } from './lib/db';
import { logger } from './lib/logger';
import { requireAuth } from './middleware/auth';
import { adminRouter } from './routes/admin';
import { authRouter } from './routes/auth';
import { customersRouter } from './routes/customers';
import { invoicesRouter } from './routes/invoices';
import { publicRouter } from './routes/public';
import { reportsRouter } from './routes/reports';
import { settingsRouter } from './routes/settings';
import { teamRouter } from './routes/team';
import { webhooksRouter } from './routes/webhooks';

const app = express();
app.set('trust proxy', 1);
app.use(helmet());

// webhooks need the raw body: mounted before express.json()
app.use('/api/webhooks', webhooksRouter);

app.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use((req, _res, next) => {
  // expect: token-logging
  logger.debug({ method: req.method, url: req.originalUrl, cookies: req.cookies }, 'incoming request');
  next();
});

app.use('/api/public', publicRouter);
app.use('/api/auth', authRouter);
app.use('/api/invoices', invoicesRouter);
app.use('/api/customers', requireAuth, customersRouter);
app.use('/api/settings', requireAuth, settingsRouter);
app.use('/api/team', requireAuth, teamRouter);
app.use('/api/admin', requireAuth, adminRouter);
app.use('/api/reports', reportsRouter);

// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((err: any, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  if (err?.name === 'ZodError') return res.status(400).json({ error: 'validation', issues: err.issues });
  logger.error({ err, path: req.path }, 'unhandled');
  // ok: error-details-leak
  res.status(500).json({ error: 'internal', ...(config.isProd ? {} : { stack: err.stack }) });
});

connectDb().then(() => app.listen(config.port, () => logger.info(`listening on ${config.port}`)));
