import { Router } from 'express';
import { requireAuth } from '../middleware/auth';
import { authRouter } from './auth.routes';
import { ticketsRouter } from './tickets.routes';
import { adminRouter } from './admin.routes';
import { reportsRouter } from './reports.routes';
import { cannedRouter } from './canned.routes';

export const api = Router();

// ok: missing-auth
api.get('/status', (_req, res) => res.json({ status: 'ok', version: process.env.APP_VERSION ?? 'dev' }));

api.use('/auth', authRouter);
api.use('/tickets', requireAuth, ticketsRouter);
api.use('/admin', requireAuth, adminRouter);
api.use('/canned', requireAuth, cannedRouter);
api.use('/reports', reportsRouter);
