import { createTRPCRouter } from './trpc';
import { authRouter } from './routers/auth';
import { clientRouter } from './routers/client';
import { dashboardRouter } from './routers/dashboard';
import { organizationRouter } from './routers/organization';
import { securityRouter } from './routers/security';

export const appRouter = createTRPCRouter({
  auth: authRouter,
  client: clientRouter,
  dashboard: dashboardRouter,
  organization: organizationRouter,
  security: securityRouter,
});

export type AppRouter = typeof appRouter;
