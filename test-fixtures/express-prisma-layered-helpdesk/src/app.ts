import express, { type NextFunction, type Request, type Response } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { api } from './routes';
import { HttpError } from './lib/errors';

export const app = express();

app.use(helmet());
// ok: cors-wildcard
app.use(cors({ origin: ['https://help.example.com', 'https://admin.help.example.com'], credentials: true }));
app.use(express.json({ limit: '100kb' }));
app.use('/api', api);

app.use((err: Error, _req: Request, res: Response, _next: NextFunction) => {
  if (err instanceof HttpError) {
    // ok: error-details-leak
    return res.status(err.status).json({ error: err.message });
  }
  // expect: error-details-leak
  return res.status(500).json({ error: 'internal', detail: err.message, stack: err.stack });
});
