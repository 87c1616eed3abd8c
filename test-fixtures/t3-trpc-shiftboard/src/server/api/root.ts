import { createTRPCRouter } from './trpc';
import { accountRouter } from './routers/account';
import { adminRouter } from './routers/admin';
import { shiftRouter } from './routers/shift';
import { teamRouter } from './routers/team';

export const appRouter = createTRPCRouter({
  account: accountRouter,
  admin: adminRouter,
  shift: shiftRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
