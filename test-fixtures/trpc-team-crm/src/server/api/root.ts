import { createTRPCRouter } from './trpc';
import { contactRouter } from './routers/contact';
import { noteRouter } from './routers/note';
import { adminRouter } from './routers/admin';

export const appRouter = createTRPCRouter({
  contact: contactRouter,
  note: noteRouter,
  admin: adminRouter,
});

export type AppRouter = typeof appRouter;
