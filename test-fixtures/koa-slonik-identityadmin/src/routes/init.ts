import Koa from 'koa';
import Router from 'koa-router';

import koaAuth from '../middleware/koa-auth.js';
import type { TenantContext } from '../tenant.js';

import accountRoutes from './account.js';
import applicationRoutes from './applications.js';
import signInFlowRoutes from './flow/index.js';
import grantRoutes from './grants.js';
import roleRoutes from './roles.js';
import statusRoutes from './status.js';
import type { AnonymousRouter, ManagementRouter } from './types.js';

const createRouters = (tenant: TenantContext) => {
  const flowRouter: AnonymousRouter = new Router();
  signInFlowRoutes(flowRouter, tenant);

  const managementApi = `https://${tenant.id}.identity.example/api`;
  const managementRouter: ManagementRouter = new Router();
  managementRouter.use(koaAuth(tenant, managementApi));
  applicationRoutes(managementRouter, tenant);
  roleRoutes(managementRouter, tenant);
  grantRoutes(managementRouter, tenant);

  const userRouter: ManagementRouter = new Router();
  userRouter.use(koaAuth(tenant, 'account'));
  accountRoutes(userRouter, tenant);

  const anonymousRouter: AnonymousRouter = new Router();
  statusRoutes(anonymousRouter, tenant);

  return [flowRouter, managementRouter, userRouter, anonymousRouter];
};

export default function initApis(tenant: TenantContext): Koa {
  const apis = new Koa();
  for (const router of createRouters(tenant)) {
    apis.use(router.routes()).use(router.allowedMethods());
  }
  return apis;
}
