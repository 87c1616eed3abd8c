import { router } from '../trpc.js';
import { adminRouter } from './admin.js';
import { applicationRouter } from './application.js';
import { authRouter } from './auth.js';
import { grantRouter } from './grant.js';
import { publicRouter } from './public.js';

export const appRouter = router({
  auth: authRouter,
  grant: grantRouter,
  application: applicationRouter,
  admin: adminRouter,
  public: publicRouter,
});

export type AppRouter = typeof appRouter;
