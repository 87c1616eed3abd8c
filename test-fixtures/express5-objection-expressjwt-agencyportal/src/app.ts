import express from 'express';
import cors from 'cors';
import { pinoHttp } from 'pino-http';
import { logger } from './logger.js';
import { apiRouter } from './routes/index.js';
import { webhooksRouter } from './routes/webhooks.js';
import { publicRouter } from './routes/public.js';
import { showcaseRouter } from './routes/showcase.js';
import { partnerRouter } from './routes/partner.js';
import './db.js';

const app = express();

const allowed = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
// ok: cors-wildcard
app.use(cors({ origin: allowed, credentials: true }));
app.use(pinoHttp({ logger }));

// webhooks need the raw body for signature checks, so they go before express.json()
app.use('/webhooks', webhooksRouter);
app.use(express.json({ limit: '1mb' }));
app.use('/public', publicRouter);
app.use('/showcase', showcaseRouter);
app.use('/partner', partnerRouter);
app.use('/api', apiRouter);

app.use((err: any, req: express.Request, res: express.Response, _next: express.NextFunction) => {
  if (err.name === 'UnauthorizedError') {
    return res.status(401).json({ error: 'invalid_token' });
  }
  req.log.error({ err }, 'unhandled error');
  // ok: error-details-leak
  res.status(500).json({ error: 'Internal server error' });
});

export default app;
