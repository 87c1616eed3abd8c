import { Hono } from 'hono';
import { requireActiveOrg } from '../middleware/org.js';
import { requireAuth } from '../middleware/session.js';
import type { AppEnv } from '../types.js';
import { ordersRoutes } from './orders.js';
import { staffRoutes } from './staff.js';

/** Everything under here needs a signed-in member of an active organization. */
export const api = new Hono<AppEnv>();

api.use('*', requireAuth);
api.use('*', requireActiveOrg);

api.route('/orders', ordersRoutes);
api.route('/staff', staffRoutes);
