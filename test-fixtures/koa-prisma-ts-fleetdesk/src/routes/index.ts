import Router from '@koa/router';
import { authRouter } from './auth';
import { publicRouter } from './public';
import { vehiclesRouter } from './vehicles';
import { workOrdersRouter } from './workOrders';
import { adminRouter, billingRouter } from './admin';
import { importsRouter } from './imports';
import { webhooksRouter } from './webhooks';
import { reportsRouter } from './reports';

export const apiRouter = new Router({ prefix: '/api' });

// ok: missing-auth
apiRouter.get('/health', (ctx) => {
  ctx.body = { status: 'ok' };
});

apiRouter.use('/auth', authRouter.routes(), authRouter.allowedMethods());
apiRouter.use('/public', publicRouter.routes());
apiRouter.use('/webhooks', webhooksRouter.routes());
apiRouter.use('/vehicles', vehiclesRouter.routes(), vehiclesRouter.allowedMethods());
apiRouter.use('/work-orders', workOrdersRouter.routes(), workOrdersRouter.allowedMethods());
apiRouter.use('/admin/billing', billingRouter.routes());
apiRouter.use('/admin', adminRouter.routes(), adminRouter.allowedMethods());
apiRouter.use('/imports', importsRouter.routes());
apiRouter.use('/manage/reports', reportsRouter.routes(), reportsRouter.allowedMethods());
