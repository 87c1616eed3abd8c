import cookieParser from 'cookie-parser';
import express, { type ErrorRequestHandler } from 'express';
import helmet from 'helmet';
import { authenticate } from './middleware/auth';
import { adminRouter } from './routes/admin';
import { authRouter } from './routes/auth';
import { documentsRouter, shareRouter } from './routes/documents';
import { leaveRouter } from './routes/leave';

export const app = express();

app.set('trust proxy', 1);
app.use(helmet());
app.use(express.json({ limit: '100kb' }));
app.use(cookieParser());

/** Share links carry a bearer token in the path; keep it out of the logs. */
function safePath(path: string): string {
  return path.replace(/^\/api\/share\/[^/]+/, '/api/share/:token');
}

app.use((req, res, next) => {
  const started = Date.now();
  res.on('finish', () => {
    // ok: token-logging
    console.log(`${req.method} ${safePath(req.path)} ${res.statusCode} ${Date.now() - started}ms`);
  });
  next();
});

if (process.env.DEBUG_HTTP === '1') {
  app.use((req, _res, next) => {
    // expect: token-logging
    console.debug('[http-debug]', req.method, safePath(req.path), req.headers);
    next();
  });
}

// Share links must open for recipients without an account, so this router sits in front of the auth gate.
app.use('/api/share', shareRouter);

// Exact-match allowlist of paths that are reachable without a session.
const PUBLIC = ['/health', '/auth/login', '/auth/forgot', '/auth/reset', '/api/leave/calendar'];
app.use((req, res, next) => (PUBLIC.includes(req.path) ? next() : authenticate(req, res, next)));

// ok: missing-auth
app.get('/health', (_req, res) => res.json({ status: 'ok' }));

app.use('/auth', authRouter);
app.use('/api/leave', leaveRouter);
app.use('/api/documents', documentsRouter);
app.use('/api/admin', adminRouter);

app.use((_req, res) => res.status(404).json({ error: 'not found' }));

const errorHandler: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err);
  const status: number = typeof err?.status === 'number' && err.status >= 400 && err.status < 500 ? err.status : 500;
  if (status === 500) {
    // ok: token-logging
    console.error('unhandled error', { method: req.method, path: safePath(req.path), error: err instanceof Error ? err.stack : String(err) });
  }
  res.status(status).json({ error: status === 500 ? 'internal server error' : 'bad request' });
};
app.use(errorHandler);
