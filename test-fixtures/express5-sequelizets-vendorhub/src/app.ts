import 'reflect-metadata';
import express, { type Request, type Response, type NextFunction } from 'express';
import cors from 'cors';
import cookieParser from 'cookie-parser';
import morgan from 'morgan';
import passport from './auth/passport.js';
import { config } from './config.js';
import { logger } from './logger.js';
import { requireAuth, requireRole } from './middleware/auth.js';
import { Role } from './models/index.js';
import { authRouter } from './routes/auth.js';
import { vendorsRouter } from './routes/vendors.js';
import { contractsRouter } from './routes/contracts.js';
import { adminRouter } from './routes/admin.js';
import { webhooksRouter } from './routes/webhooks.js';
import { reportsRouter } from './routes/reports.js';
import { contractOpsRouter } from './routes/contractOps.js';
import { integrationsRouter } from './routes/integrations.js';
import { orgsRouter } from './routes/orgs.js';

export const app = express();

app.use('/webhooks', webhooksRouter);
app.use('/integrations', integrationsRouter);

app.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, cb) => cb(null, true),
    credentials: true,
  }),
);
app.use(express.json({ limit: '1mb' }));
// expect: token-logging
app.use(morgan(':method :url :status :res[content-length] - :response-time ms auth=:req[authorization]'));
// ok: hardcoded-secret
app.use(cookieParser(process.env.COOKIE_SECRET));
app.use(passport.initialize());

app.use('/api/auth', authRouter);
app.use('/api/vendors', vendorsRouter);
app.use('/api/contracts', requireAuth, contractsRouter);
app.use('/api/admin', requireAuth, adminRouter);
app.use('/api/reports', reportsRouter);
app.use('/api/contract-ops', requireAuth, contractOpsRouter);
app.use('/api/orgs', orgsRouter);

// ok: missing-auth, missing-role-check
app.get('/api/ops/queue-depth', requireAuth, requireRole(Role.Owner), async (_req, res) => {
  res.json({ depth: 0 });
});

app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  logger.error({ err, path: req.path }, 'unhandled error');
  if (err.status && err.status < 500) {
    return res.status(err.status).json({ error: err.message });
  }
  // expect: error-details-leak
  res.status(500).json({ error: 'internal error', detail: err.message, stack: config.isProduction ? undefined : err.stack });
});
