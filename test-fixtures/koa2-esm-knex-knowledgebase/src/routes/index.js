import Router from '@koa/router';
import compose from 'koa-compose';
import { db } from '../db.js';
import { requireAuth, requireRole } from '../middleware/auth.js';
import authRouter from './auth.js';
import articlesRouter from './articles.js';
import attachmentsRouter from './attachments.js';
import publicRouter from './public.js';
import webhooksRouter from './webhooks.js';
import { adminRouter, teamRouter } from './admin.js';
import keysRouter from './keys.js';
import profileRouter from './profile.js';
import billingRouter from './billing.js';
import categoriesRouter from './categories.js';
import ssoRouter from './sso.js';
import notificationsRouter, { githubHooks } from './notifications.js';
import { embed, integrations } from './integrations.js';

const reports = new Router();

// expect: missing-auth
reports.get('/top-articles', async (ctx) => {
  ctx.body = await db('articles')
    .where({ account_id: Number(ctx.query.accountId) })
    .orderBy('helpful_count', 'desc')
    .limit(20)
    .select('id', 'title', 'helpful_count');
});

export const api = new Router({ prefix: '/api' });

// ok: missing-auth
api.get('/health', async (ctx) => {
  await db.raw('select 1');
  ctx.body = { status: 'ok' };
});

api.use('/auth', authRouter.routes(), authRouter.allowedMethods());
api.use('/auth', ssoRouter.routes());
api.use('/public', publicRouter.routes());
api.use('/webhooks', webhooksRouter.routes());
api.use('/articles', requireAuth, articlesRouter.routes(), articlesRouter.allowedMethods());
api.use('/files', requireAuth, attachmentsRouter.routes());
api.use('/admin', requireAuth, adminRouter.routes());
api.use('/team', requireAuth, teamRouter.routes());
api.use('/reports', reports.routes());
api.use('/keys', requireAuth, keysRouter.routes());
api.use('/integrations', integrations.routes());
api.use('/embed', embed.routes());
api.use('/profile', requireAuth, profileRouter.routes());
api.use('/categories', requireAuth, categoriesRouter.routes());
api.use('/notifications', notificationsRouter.routes());
api.use('/integrations', githubHooks.routes());

const ownersOnly = compose([requireAuth, requireRole('owner')]);
api.use('/admin/billing', ownersOnly, billingRouter.routes());
