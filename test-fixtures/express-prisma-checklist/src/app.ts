import 'express-async-errors';
import express from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import helmet from 'helmet';
import { config } from './config';
import { requireAuth } from './middleware/auth';
import { errorHandler, notFound } from './middleware/errorHandler';
import authRouter from './routes/auth.routes';
import clientsRouter from './routes/clients.routes';
import filesRouter from './routes/files.routes';
import invoicesRouter from './routes/invoices.routes';
import statsRouter from './routes/stats.routes';
import usersRouter from './routes/users.routes';
import webhooksRouter from './routes/webhooks.routes';

export const app = express();

// One hop: the load balancer. Needed for req.ip (rate limiting) and secure cookies.
app.set('trust proxy', 1);

app.use(helmet());
app.use(cors({ origin: config.corsOrigins, credentials: true }));
app.use(cookieParser());

// Webhooks verify signatures over the raw body, so they must come before express.json().
app.use(webhooksRouter);

app.use(express.json({ limit: '100kb' }));
app.use(express.urlencoded({ extended: false, limit: '100kb' }));

// ok: missing-auth
app.get('/health', (_req, res) => {
  res.json({ status: 'ok' });
});

app.use('/api/auth', authRouter);
app.use('/api/stats', statsRouter);
app.use('/api/users', requireAuth, usersRouter);
app.use('/api/clients', clientsRouter);
app.use('/api/invoices', invoicesRouter);
app.use('/api/files', filesRouter);

app.use(notFound);
app.use(errorHandler);

if (require.main === module) {
  app.listen(config.port, () => {
    console.log(`agency-portal-api listening on :${config.port} (${config.nodeEnv})`);
  });
}
