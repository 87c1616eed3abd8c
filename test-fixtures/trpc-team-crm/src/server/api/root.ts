import { createTRPCRouter, mergeRouters, publicProcedure } from './trpc';
import { contactRouter } from './routers/contact';
import { noteRouter } from './routers/note';
import { adminRouter } from './routers/admin';
import { teamRouter } from './routers/team';

const healthRouter = createTRPCRouter({
  // ok: missing-auth
  health: publicProcedure.query(() => ({ status: 'ok' })),
});

export const appRouter = mergeRouters(
  healthRouter,
  createTRPCRouter({
    contact: contactRouter,
    note: noteRouter,
    admin: adminRouter,
    team: teamRouter,
  }),
);

export type AppRouter = typeof appRouter;
