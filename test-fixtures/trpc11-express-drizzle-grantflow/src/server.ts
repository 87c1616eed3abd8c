import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import rateLimit from 'express-rate-limit';
import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { eq } from 'drizzle-orm';
import { createContext } from './context.js';
import { db, payouts } from './db/index.js';
import { logger } from './lib/logger.js';
import { verifyGithubSignature } from './lib/signature.js';
import { signAccessToken, verifyAccessToken } from './lib/tokens.js';
import { appRouter } from './routers/index.js';

const app = express();

app.use(
  cors({
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  }),
);
app.use(cookieParser());

app.use((req, _res, next) => {
  // expect: token-logging
  logger.debug({ method: req.method, url: req.url, headers: req.headers }, 'incoming request');
  next();
});

// ok: missing-auth
app.get('/health', (_req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

// ok: unverified-webhook, missing-auth
app.post('/webhooks/github', express.raw({ type: 'application/json' }), async (req, res) => {
  if (!verifyGithubSignature(req.body, req.get('x-hub-signature-256'))) {
    return res.status(401).end();
  }
  const event = JSON.parse(req.body.toString('utf8'));
  logger.info({ action: event.action }, 'github event');
  res.status(204).end();
});

// The payments provider calls this when a payout settles.
// (a webhook's payload is judged by unverified-webhook, not missing-input-validation)
// ok: missing-input-validation
// expect: unverified-webhook
app.post('/webhooks/payouts', express.json(), async (req, res) => {
  const { reference, status } = req.body as { reference: string; status: string };
  await db.update(payouts).set({ status }).where(eq(payouts.externalRef, reference));
  res.status(204).end();
});

// Refresh: exchanges the refresh cookie for a new access token.
app.post('/auth/refresh', (req, res) => {
  try {
    const claims = verifyAccessToken(req.cookies.refresh_token);
    const token = signAccessToken({ sub: claims.sub, orgId: claims.orgId, role: claims.role });
    // expect: insecure-cookie
    res.cookie('refresh_token', token, { httpOnly: true, maxAge: 7 * 24 * 3600 * 1000 });
    res.json({ token });
  } catch {
    res.status(401).json({ error: 'invalid refresh token' });
  }
});

const registerLimiter = rateLimit({ windowMs: 15 * 60_000, limit: 5, standardHeaders: true });
app.use('/trpc/auth.register', registerLimiter);

app.use(
  '/trpc',
  createExpressMiddleware({
    router: appRouter,
    createContext,
  }),
);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  logger.error(err);
  // expect: error-details-leak
  res.status(500).json({ error: err.message, stack: err.stack });
});

app.listen(Number(process.env.PORT ?? 4000));
