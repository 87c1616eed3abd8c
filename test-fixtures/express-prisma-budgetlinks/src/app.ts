import express from 'express';
import helmet from 'helmet';
import { requireUser } from './middleware/auth';
import { accountsRouter } from './routes/accounts';
import { institutionsRouter } from './routes/institutions';
import { transactionsRouter } from './routes/transactions';

export const app = express();

app.use(helmet());
app.use(express.json({ limit: '50kb' }));

// ok: missing-auth
app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use('/api', requireUser);
app.use('/api/institutions', institutionsRouter);
app.use('/api/accounts', accountsRouter);
app.use('/api/transactions', transactionsRouter);
