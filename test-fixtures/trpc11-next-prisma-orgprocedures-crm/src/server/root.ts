import { createCallerFactory, createTRPCRouter } from './trpc';
import { contactsRouter } from './routers/contacts';
import { dealsRouter } from './routers/deals';
import { billingRouter } from './routers/billing';
import { adminRouter } from './routers/admin';
import { publicRouter } from './routers/public';

export const appRouter = createTRPCRouter({
  contacts: contactsRouter,
  deals: dealsRouter,
  billing: billingRouter,
  admin: adminRouter,
  public: publicRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
