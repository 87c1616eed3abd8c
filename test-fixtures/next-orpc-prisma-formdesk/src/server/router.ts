import { formsRouter } from './routers/forms';
import { submissionsRouter } from './routers/submissions';
import { adminRouter } from './routers/admin';
import { reportsRouter } from './routers/reports';

export const appRouter = {
  forms: formsRouter,
  submissions: submissionsRouter,
  admin: adminRouter,
  reports: reportsRouter,
};

export type AppRouter = typeof appRouter;
