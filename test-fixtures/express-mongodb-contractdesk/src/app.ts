import express, { type ErrorRequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { config } from './config.js';
import { passport, requireJwt } from './auth/passport.js';
import { requireSuperAdmin } from './middleware/membership.js';
import { authRouter } from './routes/auth.js';
import { orgRouter } from './routes/orgs.js';
import { adminRouter } from './routes/admin.js';
import { webhooksRouter } from './routes/webhooks.js';
import { publicRouter } from './routes/public.js';
import { accountRouter } from './routes/account.js';
import { logger } from './lib/logger.js';
import { wrapController } from './lib/wrapController.js';
import { loadMembership, requireOrgRole } from './middleware/membership.js';
import * as templatesControllerRaw from './controllers/templates.js';

const templatesController = wrapController(templatesControllerRaw);

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
// ok: cors-wildcard
app.use(cors({ origin: config.allowedOrigins, credentials: true }));

// webhooks need the raw body: mounted before the JSON parser
app.use('/webhooks', webhooksRouter);

app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());
app.use(passport.initialize());

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use('/auth', authRouter);
app.use('/public', publicRouter);
app.use('/account', requireJwt, accountRouter);
app.use('/orgs/:orgId', requireJwt, orgRouter);
app.use('/admin', requireJwt, requireSuperAdmin, adminRouter);

app.get('/templates/:orgId', requireJwt, loadMembership, templatesController.listTemplates);
app.post('/templates/:orgId', requireJwt, loadMembership, requireOrgRole('editor'), templatesController.createTemplate);
app.get('/templates/:orgId/:templateId', requireJwt, loadMembership, templatesController.getTemplate);
app.delete('/templates/:orgId/:templateId', requireJwt, loadMembership, requireOrgRole('admin'), templatesController.deleteTemplate);
// expect: missing-auth
app.get('/template-gallery/:templateId', templatesController.getTemplate);

const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  logger.error({ err, path: req.path }, 'unhandled error');
  // expect: error-details-leak
  res.status(err.status ?? 500).json({ error: err.message, stack: err.stack });
};
app.use(errorHandler);
