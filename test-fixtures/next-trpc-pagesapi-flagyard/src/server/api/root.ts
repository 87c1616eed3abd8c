import { flagsRouter } from './routers/flags';
import { organizationsRouter } from './routers/organizations';
import { createTRPCRouter } from './trpc';

export const appRouter = createTRPCRouter({
  flags: flagsRouter,
  organizations: organizationsRouter,
});

export type AppRouter = typeof appRouter;
