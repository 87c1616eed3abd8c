import express from 'express';
import helmet from 'helmet';
import cors from 'cors';
import { clerkMiddleware, requireAuth } from '@clerk/express';
import { requestLog, debugRequest } from './middleware/requestLog.js';
import { errorHandler, notFound } from './middleware/errors.js';
import { webhooksRouter } from './routes/webhooks.js';
import { notesRouter } from './routes/notes.js';
import { foldersRouter } from './routes/folders.js';
import { adminRouter } from './routes/admin.js';
import { shareRouter } from './routes/share.js';
import { attachmentsRouter } from './routes/attachments.js';
import { embedRouter } from './routes/embed.js';
import { accountRouter } from './routes/account.js';
import { libraryRouter } from './routes/library.js';
import { filesRouter } from './routes/files.js';

const allowed = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);

export const app = express();
app.set('trust proxy', 1);
app.use(helmet());
app.use(requestLog);

// Svix needs the raw body: mounted before express.json()
app.use('/webhooks', webhooksRouter);

app.use(express.json({ limit: '1mb' }));
// ok: cors-wildcard
app.use('/api', cors({ origin: allowed, credentials: true }));
app.use(clerkMiddleware());
app.use(debugRequest);

app.get('/health', (_req, res) => {
  res.json({ ok: true, uptime: process.uptime() });
});

app.use('/share', shareRouter);
app.use('/embed', embedRouter);
app.use('/api/notes', requireAuth(), notesRouter);
app.use('/api/folders', foldersRouter);
app.use('/api/attachments', requireAuth(), attachmentsRouter);
app.use('/api/account', accountRouter);
app.use('/api/library', libraryRouter);
app.use('/api/files', requireAuth(), filesRouter);
app.use('/api/admin', requireAuth(), adminRouter);

app.use(notFound);
app.use(errorHandler);
