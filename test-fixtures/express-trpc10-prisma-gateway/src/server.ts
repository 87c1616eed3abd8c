import express from 'express';
import session from 'express-session';
import rateLimit from 'express-rate-limit';
import RedisStore from 'connect-redis';
import { createClient } from 'redis';
import * as trpcExpress from '@trpc/server/adapters/express';
import { createContext } from './trpc';
import { requireSession } from './lib/requireSession';
import { prisma } from './lib/prisma';
import { verifyWebhook } from './lib/verifyWebhook';
import { appRouter } from './routers';
import { publicRouter } from './routers/public';

const redis = createClient({ url: process.env.REDIS_URL });
redis.connect().catch(console.error);

const app = express();
app.set('trust proxy', 1);
app.use(express.json({ limit: '1mb' }));
app.use(
  session({
    store: new RedisStore({ client: redis }),
    secret: process.env.SESSION_SECRET!,
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: true, sameSite: 'lax', maxAge: 7 * 24 * 3600 * 1000 },
  }),
);

// the billing provider signs each event with the shared secret (HMAC-SHA256 of the raw body)
// ok: unverified-webhook, missing-auth
app.post(
  '/hooks/billing',
  express.raw({ type: 'application/json' }),
  verifyWebhook({ secret: process.env.BILLING_WEBHOOK_SECRET!, signatureOf: (req) => req.get('x-billing-signature') }),
  async (req, res) => {
    const event = JSON.parse((req.body as Buffer).toString('utf8')) as { teamId: string; plan: string };
    await prisma.team.update({ where: { id: event.teamId }, data: { name: event.plan } });
    res.status(204).end();
  },
);

// sign-ups are throttled on their procedure's own URL
app.use('/trpc/public/signup', rateLimit({ windowMs: 60 * 60_000, limit: 10 }));

// the public API: no session needed
app.use('/trpc/public', trpcExpress.createExpressMiddleware({ router: publicRouter, createContext }));

// the members' API: requireSession runs before every procedure
app.use('/trpc', requireSession, trpcExpress.createExpressMiddleware({ router: appRouter, createContext }));

app.listen(Number(process.env.PORT ?? 4000));
