import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import cookieSession from 'cookie-session';
import session from 'express-session';
import type { ErrorRequestHandler } from 'express';
import { authRouter } from './routes/auth.js';
import { documentsRouter } from './routes/documents.js';
import { importsRouter } from './routes/imports.js';
import { partnerRouter, stagingCors, subdomainCors } from './routes/partner.js';
import { adminRouter } from './routes/admin.js';
import { shareRouter } from './routes/share.js';
import { config } from './config.js';

export const app = express();

app.use(helmet());
app.use('/partner', partnerRouter);
app.use('/staging', stagingCors, partnerRouter);
app.use('/mirror', subdomainCors, partnerRouter);
app.use(
  cors({
    // ok: cors-wildcard
    origin: (origin, callback) => {
      if (!origin || config.allowedOrigins.includes(origin)) return callback(null, true);
      callback(new Error('Origin not allowed'));
    },
    credentials: true,
  }),
);
app.use(express.json({ limit: '1mb' }));
app.use(
  '/legacy-portal',
  // expect: insecure-cookie
  session({
    // expect: hardcoded-secret
    secret: 'docvault legacy portal',
    resave: false,
    saveUninitialized: false,
    cookie: { httpOnly: true, secure: false, sameSite: 'lax' },
  }),
);
app.use(cookieParser());
app.use(
  // expect: insecure-cookie
  cookieSession({
    name: 'dv_session',
    keys: config.sessionKeys,
    maxAge: 10 * 60 * 1000,
    sameSite: 'lax',
  }),
);

// ok: missing-auth
app.get('/health', (_req, res) => res.json({ status: 'ok' }));

app.use('/auth', authRouter);
app.use('/documents', documentsRouter);
app.use('/imports', importsRouter);
app.use('/admin', adminRouter);
app.use('/share', shareRouter);

const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
  if (err.name === 'ZodError') {
    // ok: error-details-leak
    return res.status(400).json({ error: 'Invalid input', issues: err.issues });
  }
  // expect: error-details-leak
  res.status(500).json({ error: err.message });
};
app.use(errorHandler);
