import Koa from 'koa';
import Router from '@koa/router';
import koaAuth from '../middleware/koa-auth.js';
import { createAppQueries } from '../queries/apps.js';
import { createMemberQueries } from '../queries/members.js';
import applicationRoutes from './applications.js';
import tenantRoutes from './tenants/index.js';
import meRoutes from './me.js';
import { accountRouter } from './account.js';
import { chatHooksRouter } from './chat-hooks.js';
import { infraRouter } from './infra.js';

export default function initApis(): Koa {
  const audience = process.env.MANAGEMENT_API_AUDIENCE ?? 'https://admin.identity.local/api';
  const queries = { apps: createAppQueries(), members: createMemberQueries() };

  const managementRouter = new Router({ prefix: '/api' });
  managementRouter.use(koaAuth(audience));
  applicationRoutes(managementRouter, { queries, audience });
  tenantRoutes(managementRouter, { queries, audience });
  meRoutes(managementRouter, { queries, audience });

  const app = new Koa();
  app.use(accountRouter.routes());
  app.use(chatHooksRouter.routes());
  app.use(infraRouter.routes());
  app.use(managementRouter.routes()).use(managementRouter.allowedMethods());
  return app;
}
