import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import passport, { requireAuth } from './auth/passport';
import { logger } from './lib/logger';
import authRoutes from './routes/auth.routes';
import contractsRoutes from './routes/contracts.routes';
import invoicesRoutes from './routes/invoices.routes';
import workspaceRoutes from './routes/workspace.routes';
import templatesRoutes from './routes/templates.routes';
import adminRoutes from './routes/admin.routes';
import filesRoutes from './routes/files.routes';
import partnerRoutes from './routes/partner.routes';
import webhooksRoutes from './routes/webhooks.routes';

export const app = express();

app.use(helmet());
app.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);
// raw body for signature checks: mount webhooks before the JSON parser
app.use('/api/webhooks', webhooksRoutes);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use(passport.initialize());

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use('/api/auth', authRoutes);
app.use('/api/partner', partnerRoutes);
app.use('/api/templates', templatesRoutes);
app.use('/api/contracts', requireAuth, contractsRoutes);
app.use('/api/invoices', requireAuth, invoicesRoutes);
app.use('/api/workspace', requireAuth, workspaceRoutes);
app.use('/api/admin', requireAuth, adminRoutes);
app.use('/api/files', requireAuth, filesRoutes);

app.use((err: Error & { status?: number }, req: Request, res: Response, _next: NextFunction) => {
  logger.error({ err, path: req.path }, 'request failed');
  if (err.status && err.status < 500) {
    // ok: error-details-leak
    return res.status(err.status).json({ error: err.message });
  }
  // expect: error-details-leak
  res.status(500).json({ error: err.message, stack: err.stack });
});
