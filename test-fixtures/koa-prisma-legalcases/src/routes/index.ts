import Router from '@koa/router';
import { authRouter } from './auth';
import { casesRouter } from './cases';
import { documentsRouter } from './documents';
import { teamRouter, adminRouter } from './team';
import { integrationsRouter } from './integrations';
import { webhooksRouter } from './webhooks';
import { reportsRouter } from './reports';
import { mattersRouter } from './matters';
import { workspacesRouter } from './workspaces';
import { manageRouter } from './manage';
import { requireUser } from '../middleware/session';

export const rootRouter = new Router();

// ok: missing-auth
rootRouter.get('/health', (ctx) => {
  ctx.body = { status: 'ok' };
});

const api = new Router({ prefix: '/api' });
api.use(requireUser);
api.use('/cases', casesRouter.routes(), casesRouter.allowedMethods());
api.use(documentsRouter.routes(), documentsRouter.allowedMethods());
api.use('/team', teamRouter.routes(), teamRouter.allowedMethods());
api.use('/admin', adminRouter.routes(), adminRouter.allowedMethods());
api.use('/matters', mattersRouter.routes(), mattersRouter.allowedMethods());
api.use(workspacesRouter.routes(), workspacesRouter.allowedMethods());
api.use('/manage', manageRouter.routes(), manageRouter.allowedMethods());

rootRouter.use(authRouter.routes(), authRouter.allowedMethods());
rootRouter.use(webhooksRouter.routes());
rootRouter.use(integrationsRouter.routes());
rootRouter.use(reportsRouter.routes());
rootRouter.use(api.routes(), api.allowedMethods());
