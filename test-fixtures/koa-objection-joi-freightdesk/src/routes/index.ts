import Router from '@koa/router';
import { authRouter } from './auth.js';
import { shipmentsRouter } from './shipments.js';
import { adminRouter, opsRouter, billingRouter } from './admin.js';
import { publicRouter } from './public.js';
import { teamRouter } from './team.js';

export const apiRouter = new Router({ prefix: '/api' });

apiRouter.use(authRouter.routes(), authRouter.allowedMethods());
apiRouter.use(publicRouter.routes(), publicRouter.allowedMethods());
apiRouter.use(shipmentsRouter.routes(), shipmentsRouter.allowedMethods());
apiRouter.use(adminRouter.routes(), adminRouter.allowedMethods());
apiRouter.use(opsRouter.routes(), opsRouter.allowedMethods());
apiRouter.use(billingRouter.routes(), billingRouter.allowedMethods());
apiRouter.use(teamRouter.routes(), teamRouter.allowedMethods());
