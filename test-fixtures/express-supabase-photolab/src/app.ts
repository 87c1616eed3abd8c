import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { requireAuth, requireRole } from './middleware/auth.js';
import { authRouter } from './routes/auth.js';
import { albumsRouter } from './routes/albums.js';
import { adminRouter } from './routes/admin.js';
import { moderationRouter } from './routes/moderation.js';
import { internalRouter } from './routes/internal.js';
import { shareRouter } from './routes/share.js';
import { stripeWebhook } from './routes/stripe-webhook.js';
import { dbHooksRouter } from './routes/db-hooks.js';
import { v2Router } from './routes/v2.js';
import { logger } from './lib/logger.js';

export const app = express();

const allowed = (process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173').split(',');

app.use(helmet());
// ok: cors-wildcard
app.use(cors({ origin: allowed, credentials: true }));

// raw body for the signature check, before the JSON parser
// ok: unverified-webhook, missing-auth
app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), stripeWebhook);

app.use(express.json({ limit: '1mb' }));

app.use(dbHooksRouter);

// ok: missing-auth
app.get('/health', (_req, res) => res.json({ ok: true }));

app.use('/auth', authRouter);
app.use(shareRouter);
app.use('/internal', internalRouter);
app.use('/api/admin', requireAuth, requireRole('admin'), adminRouter);
app.use('/api/v2', requireAuth, v2Router);
app.use('/api', requireAuth, albumsRouter);
app.use('/api/moderation', requireAuth, moderationRouter);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  logger.error({ err }, 'unhandled');
  // expect: error-details-leak
  res.status(500).json({ error: err.message, stack: err.stack });
});
