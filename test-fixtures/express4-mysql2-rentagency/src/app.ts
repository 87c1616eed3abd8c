import express from 'express';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import { requireAuth, requireRole } from './middleware/auth';
import { authRouter } from './routes/auth';
import { propertiesRouter } from './routes/properties';
import { leasesRouter } from './routes/leases';
import { maintenanceRouter } from './routes/maintenance';
import { adminRouter } from './routes/admin';
import { teamRouter } from './routes/team';
import { webhooksRouter } from './routes/webhooks';
import { publicRouter } from './routes/public';

export const app = express();

app.use(
  cors({
    // expect: cors-wildcard
    origin: (origin, callback) => callback(null, true),
    credentials: true,
  }),
);
app.use('/webhooks', webhooksRouter);
app.use(express.json({ limit: '1mb' }));
app.use(cookieParser());

app.use('/api/public', publicRouter);
app.use('/api/auth', authRouter);

app.use('/api', requireAuth);
app.use('/api/properties', propertiesRouter);
app.use('/api/leases', leasesRouter);
app.use('/api/maintenance', maintenanceRouter);
app.use('/api/team', teamRouter);
app.use('/api/admin', requireRole('admin', 'manager'), adminRouter);

app.use((err: Error, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
  console.error(err);
  res.status(500).json({ error: 'internal error' });
});
