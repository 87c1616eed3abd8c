import { Hono } from 'hono';
import { requireJwt } from '../middleware/auth';
import type { AppEnv } from '../types';
import { patientsApp } from './patients';
import { appointmentsApp } from './appointments';
import { adminApp } from './admin';
import { recallsApp } from './recalls';

export const api = new Hono<AppEnv>();

api.use('*', requireJwt);
api.route('/patients', patientsApp);
api.route('/appointments', appointmentsApp);
api.route('/admin', adminApp);
api.route('/recalls', recallsApp);
