import { Router } from 'express';
import authRoutes from './auth.routes';
import quoteRoutes from './quotes.routes';
import customerRoutes from './customers.routes';
import teamRoutes from './team.routes';
import productRoutes from './products.routes';
import adminRoutes from './admin.routes';
import reportRoutes from './reports.routes';
import billingRoutes from './billing.routes';
import templateRoutes from './templates.routes';
import partnerRoutes from './partner.routes';
import settingsRoutes from './settings.routes';
import { requireAuth } from '../middleware/auth';
import { health, viewSharedQuote } from '../controllers/public.controller';

const api = Router();

// ok: missing-auth
api.get('/health', health);
// ok: missing-auth
api.get('/public/quotes/:shareToken', viewSharedQuote);

api.use('/auth', authRoutes);
api.use('/quotes', quoteRoutes);
api.use('/customers', requireAuth, customerRoutes);
api.use('/team', teamRoutes);
api.use('/products', productRoutes);
api.use('/admin', adminRoutes);
api.use('/reports', reportRoutes);
api.use(billingRoutes);
api.use('/templates', templateRoutes);
api.use(partnerRoutes);
api.use(settingsRoutes);

export default api;
