import express from 'express';
import cors from 'cors';
import { v1 } from './v1';
import { v2 } from './v2';

export const app = express();

app.disable('x-powered-by');
app.use(express.json({ limit: '100kb' }));
app.use(cors({ origin: ['https://toolshare.example.org', 'https://admin.toolshare.example.org'], credentials: true }));

app
  .route('/status')
  .get((_req, res) => res.json({ ok: true, uptime: process.uptime() }))
  .head((_req, res) => res.sendStatus(200));

// the first API generation is gone: every method, every path below it
app.all('/v0/*', (_req, res) => res.status(410).json({ error: 'API v0 was retired, use /v2' }));

app.use('/v1', v1);
app.use('/v2', v2);
