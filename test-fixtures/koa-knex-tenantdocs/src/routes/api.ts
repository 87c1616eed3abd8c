import Router from '@koa/router';
import { z } from 'zod';
import { db } from '../db.js';
import { requireMembership } from '../middleware/membership.js';
import { documentsRouter } from './documents.js';
import { membersRouter } from './members.js';
import { foldersRouter } from './folders.js';
import { adminRouter } from './admin.js';

export const apiRouter = new Router({ prefix: '/api' });

const NewOrg = z.object({ name: z.string().min(2).max(120) });

apiRouter.get('/me', async (ctx) => {
  // ok: unscoped-tenant-query
  const user = await db('users').where({ id: ctx.state.user.sub }).first('id', 'email', 'name');
  ctx.body = user;
});

apiRouter.get('/orgs', async (ctx) => {
  ctx.body = await db('orgs')
    .join('memberships', 'memberships.org_id', 'orgs.id')
    .where('memberships.user_id', ctx.state.user.sub)
    .select('orgs.id', 'orgs.name', 'memberships.role');
});

apiRouter.post('/orgs', async (ctx) => {
  const { name } = NewOrg.parse(ctx.request.body);
  const [org] = await db('orgs').insert({ name }).returning('*');
  await db('memberships').insert({ org_id: org.id, user_id: ctx.state.user.sub, role: 'owner' });
  ctx.status = 201;
  ctx.body = org;
});

// everything about one organization
const orgRouter = new Router();
orgRouter.use(requireMembership);
orgRouter.get('/', async (ctx) => {
  ctx.body = await db('orgs').where('id', ctx.params.orgId).first();
});
orgRouter.use('/documents', documentsRouter.routes(), documentsRouter.allowedMethods());
orgRouter.use('/members', membersRouter.routes(), membersRouter.allowedMethods());

apiRouter.use('/orgs/:orgId', orgRouter.routes(), orgRouter.allowedMethods());
apiRouter.use(foldersRouter.routes(), foldersRouter.allowedMethods());
apiRouter.use('/admin', adminRouter.routes(), adminRouter.allowedMethods());
