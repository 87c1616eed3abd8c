import { formsRouter } from './routers/forms';
import { submissionsRouter } from './routers/submissions';
import { adminRouter } from './routers/admin';

export const appRouter = {
  forms: formsRouter,
  submissions: submissionsRouter,
  admin: adminRouter,
};

export type AppRouter = typeof appRouter;
