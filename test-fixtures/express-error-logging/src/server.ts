import express, { type ErrorRequestHandler } from 'express';
import { logger } from './lib/logger';
import { requireUser } from './middleware/auth';
import { authRouter } from './routes/auth';
import { shiftsRouter } from './routes/shifts';
import { reportsRouter } from './routes/reports';

const app = express();
app.use(express.json({ limit: '64kb' }));

// request tracing for every route, the login included: its body holds the password
app.use((req, _res, next) => {
  // expect: token-logging
  logger.debug({ method: req.method, url: req.url, body: req.body }, 'incoming request');
  next();
});

app.use('/auth', authRouter);
app.use('/shifts', requireUser, shiftsRouter);
app.use('/reports', requireUser, reportsRouter);

// catches what any route above throws, login included
const onError: ErrorRequestHandler = (err, req, res, _next) => {
  // expect: token-logging
  logger.error({ err, path: req.path, body: req.body }, 'request failed');
  // expect: token-logging
  console.error('headers of the failed request', req.headers);
  // ok: token-logging
  logger.error({ path: req.path, status: err.status ?? 500 }, 'request failed (summary)');
  res.status(err.status ?? 500).json({ error: 'internal error' });
};
app.use(onError);

app.listen(Number(process.env.PORT ?? 3000));
