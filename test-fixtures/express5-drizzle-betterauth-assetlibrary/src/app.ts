import { toNodeHandler } from 'better-auth/node';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import helmet from 'helmet';
import morgan from 'morgan';
import { auth } from './lib/auth.js';
import { errorHandler } from './middleware/errors.js';
import { requireSession, requireWorkspace } from './middleware/session.js';
import { adminRouter } from './routes/admin.js';
import { assetsRouter } from './routes/assets.js';
import { collectionsRouter } from './routes/collections.js';
import { importsRouter } from './routes/imports.js';
import { shareRouter } from './routes/share.js';
import { manageRouter } from './routes/tags.js';
import { notificationsRouter } from './routes/notifications.js';
import { invitationsRouter } from './routes/invitations.js';
import { meRouter } from './routes/me.js';
import { webhooksRouter } from './routes/webhooks.js';
import { workspacesRouter } from './routes/workspaces.js';

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
// expect: token-logging
app.use(morgan(':remote-addr :method :url :status :req[authorization] - :response-time ms'));
app.use(
  cors({
    // expect: cors-wildcard
    origin: true,
    credentials: true,
  }),
);

// raw bodies for signature checks: before express.json()
app.use('/webhooks', webhooksRouter);

// better-auth handles its own body parsing
app.all('/api/auth/*splat', toNodeHandler(auth));

app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());

// ok: missing-auth
app.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});

app.use('/s', shareRouter);
app.use('/api/workspaces', workspacesRouter);
app.use('/api/workspaces/:workspaceId/assets', requireSession, requireWorkspace(), assetsRouter);
app.use('/api/workspaces/:workspaceId/imports', requireSession, requireWorkspace('owner', 'admin'), importsRouter);
app.use('/api/workspaces/:workspaceId/manage', requireSession, requireWorkspace(), manageRouter);
app.use('/api/collections', collectionsRouter);
app.use('/api/notifications', notificationsRouter);
app.use('/api/invitations', invitationsRouter);
app.use('/api/me', meRouter);
app.use('/api/admin', adminRouter);

app.use(errorHandler);
