import express from 'express';
import cors, { type CorsOptions } from 'cors';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import passport from 'passport';
import { pinoHttp } from 'pino-http';
import { config } from './config/index.js';
import { logger } from './lib/logger.js';
import { apiRouter } from './routes/index.js';
import { webhookRouter } from './routes/webhook.routes.js';
import { v1Router } from './routes/v1.routes.js';
import { errorHandler } from './middleware/errorHandler.js';
import './middleware/auth.js';

export const app = express();

const corsOptions: CorsOptions = {
  origin(origin, callback) {
    // ok: cors-wildcard
    if (!origin || config.corsOrigins.includes(origin)) return callback(null, true);
    callback(new Error(`Origin ${origin} not allowed`));
  },
  credentials: true,
};

app.set('trust proxy', 1);
app.use(helmet());
app.use(pinoHttp({ logger }));

// signature checks need the raw body: mounted before express.json()
app.use('/webhooks', webhookRouter);

app.use(express.json({ limit: '1mb' }));
app.use(cookieParser(config.cookieSecret));
app.use(passport.initialize());

// ok: missing-auth
app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

// instrument vendors' web dashboards call this from their own domains
// expect: cors-wildcard
app.use('/api/v1', cors({ origin: true, credentials: true }), v1Router);
app.use('/api', cors(corsOptions), apiRouter);

app.use(errorHandler);
