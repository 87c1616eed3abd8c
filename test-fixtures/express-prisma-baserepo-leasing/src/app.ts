import express from 'express';
import cors from 'cors';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import { api } from './routes';
import { errorHandler } from './middleware/errors';

export const app = express();

app.use(helmet());
// expect: cors-wildcard
app.use(cors({ origin: true, credentials: true }));
app.use(express.json({ limit: '100kb' }));
app.use(cookieParser());

app.get('/healthz', (_req, res) => res.json({ ok: true }));
app.use('/api', api);
app.use(errorHandler);
