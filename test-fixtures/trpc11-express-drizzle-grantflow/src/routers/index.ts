import { mergeRouters, router } from '../trpc.js';
import { reportRouter } from './report.js';
import { adminRouter } from './admin.js';
import { applicationRouter } from './application.js';
import { authRouter } from './auth.js';
import { grantRouter } from './grant.js';
import { publicRouter } from './public.js';

const coreRouter = router({
  auth: authRouter,
  grant: grantRouter,
  application: applicationRouter,
  admin: adminRouter,
  public: publicRouter,
});

export const appRouter = mergeRouters(coreRouter, router({ report: reportRouter }));

export type AppRouter = typeof appRouter;
