import { router } from './trpc';
import { patientRouter } from './routers/patient';
import { appointmentRouter } from './routers/appointment';
import { billingRouter } from './routers/billing';
import { adminRouter } from './routers/admin';
import { publicRouter } from './routers/public';

export const appRouter = router({
  patient: patientRouter,
  appointment: appointmentRouter,
  billing: billingRouter,
  admin: adminRouter,
  public: publicRouter,
});

export type AppRouter = typeof appRouter;
