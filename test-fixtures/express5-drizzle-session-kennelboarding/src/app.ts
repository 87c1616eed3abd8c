import express from 'express';
import cors from 'cors';
import session from 'express-session';
import { RedisStore } from 'connect-redis';
import { createClient } from 'redis';
import { requireUser } from './middleware/auth.js';
import { errorHandler } from './middleware/errors.js';
import { logger } from './lib/logger.js';
import authRouter from './routes/auth.js';
import publicRouter from './routes/public.js';
import petsRouter from './routes/pets.js';
import bookingsRouter from './routes/bookings.js';
import customersRouter from './routes/customers.js';
import adminRouter from './routes/admin.js';
import reportsRouter from './routes/reports.js';
import webhooksRouter from './routes/webhooks.js';
import partnerRouter from './routes/partner.js';
import invoicesRouter from './routes/invoices.js';
import kioskRouter from './routes/kiosk.js';

export const app = express();

const redisClient = createClient({ url: process.env.REDIS_URL });
redisClient.connect().catch((err) => logger.error({ err }, 'redis connect failed'));

const allowedOrigins = (process.env.CORS_ORIGINS ?? '')
  .split(',')
  .map((o) => o.trim())
  .filter(Boolean);

app.set('trust proxy', 1);

// webhooks need the raw body, so they go before the JSON parser
app.use('/webhooks', webhooksRouter);

// ok: cors-wildcard
app.use(cors({ origin: allowedOrigins, credentials: true }));
app.use(express.json({ limit: '200kb' }));

// expect: insecure-cookie
app.use(session({
  store: new RedisStore({ client: redisClient, prefix: 'kennel:' }),
  name: 'kb.sid',
  secret: process.env.SESSION_SECRET!,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, sameSite: 'lax', maxAge: 8 * 60 * 60 * 1000 },
}));

app.use((req, _res, next) => {
  // ok: token-logging
  logger.debug({ method: req.method, path: req.path, ua: req.get('user-agent') }, 'request');
  next();
});

// ok: missing-auth
app.get('/health', (_req, res) => {
  res.json({ status: 'ok', uptime: process.uptime() });
});

app.use('/api/auth', authRouter);
app.use('/api/public', publicRouter);
app.use('/api/pets', petsRouter);
app.use('/api/bookings', requireUser, bookingsRouter);
app.use('/api/customers', customersRouter);
app.use('/api/admin', requireUser, adminRouter);
app.use('/api/invoices', requireUser, invoicesRouter);
app.use('/api/reports', reportsRouter);
app.use('/partner/v1', partnerRouter);
app.use('/api/kiosk', kioskRouter);

app.use(errorHandler);
