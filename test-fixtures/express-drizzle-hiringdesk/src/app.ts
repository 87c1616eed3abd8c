import express, { type ErrorRequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import pinoHttp from 'pino-http';
import { toNodeHandler } from 'better-auth/node';
import { auth } from './lib/auth.js';
import { logger } from './lib/logger.js';
import { requireSession } from './middleware/session.js';
import { publicRouter } from './routes/public.js';
import { interviewsRouter } from './routes/interviews.js';
import { reportsRouter } from './routes/reports.js';
import { offersRouter } from './routes/offers.js';
import { debugRouter } from './routes/debug.js';
import { orgsRouter } from './routes/orgs.js';
import { partnersRouter } from './routes/partners.js';
import { apiV2 } from './routes/apiV2.js';
import { pipelineRouter } from './routes/pipeline.js';
import { jobsRouter } from './routes/jobs.js';
import { candidatesRouter } from './routes/candidates.js';
import { adminRouter } from './routes/admin.js';
import { billingRouter, stripeWebhook } from './routes/billing.js';

const app = express();
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(',');

app.use(helmet());
app.use(pinoHttp({ logger }));
// ok: cors-wildcard
app.use(cors({ origin: allowedOrigins, credentials: true }));

// better-auth owns sign-in, sign-up, sessions and organizations (its own limiter is on)
// ok: missing-auth, missing-rate-limit
app.all('/api/auth/*splat', toNodeHandler(auth));

// ok: unverified-webhook, missing-auth
app.post('/api/webhooks/stripe', express.raw({ type: 'application/json' }), stripeWebhook);

app.use(express.json({ limit: '1mb' }));

app.use('/api/public', publicRouter);
app.use('/partner-api', partnersRouter);
app.use('/api/interviews', interviewsRouter);
app.use('/api/reports', reportsRouter);

app.use('/api', requireSession);
app.use('/api/jobs', jobsRouter);
app.use('/api/candidates', candidatesRouter);
app.use('/api/billing', billingRouter);
app.use('/api/offers', offersRouter);
app.use('/api/debug', debugRouter);
app.use('/api/orgs/:orgId', orgsRouter);
app.use('/api/v2', apiV2);
app.use('/api/pipeline', pipelineRouter);
app.use('/api/admin', adminRouter);

app.get('/api/me', (req, res) => {
  res.json({ user: req.user, organizationId: req.authSession?.activeOrganizationId });
});

const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  req.log.error({ err }, 'unhandled error');
  if (err?.name === 'ZodError') return res.status(422).json({ error: 'Invalid input', issues: err.issues });
  // expect: error-details-leak
  res.status(err.status || 500).json({ error: err.message || 'Internal server error' });
};
app.use(errorHandler);

app.listen(Number(process.env.PORT ?? 3000), () => logger.info('hiringdesk api up'));
