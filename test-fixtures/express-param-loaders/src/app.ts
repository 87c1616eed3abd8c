import express from 'express';
import { requireAuth } from './middleware/auth';
import invoices from './routes/invoices';
import projects from './routes/projects';
import quotes from './routes/quotes';
import receipts from './routes/receipts';
import { documentsRouter, membersRouter } from './routes/documents';

const app = express();
app.use(express.json({ limit: '100kb' }));

app.get('/healthz', (_req, res) => res.json({ ok: true }));

app.use('/api', requireAuth);
app.use('/api/invoices', invoices);
app.use('/api/projects', projects);
app.use('/api/quotes', quotes);
app.use('/api/receipts', receipts);
app.use('/api/documents', documentsRouter);
app.use('/api/members', membersRouter);

app.listen(Number(process.env.PORT ?? 3000));
