import { adminRouter } from "~/server/api/routers/admin";
import { appointmentRouter } from "~/server/api/routers/appointment";
import { invoiceRouter } from "~/server/api/routers/invoice";
import { onboardingRouter } from "~/server/api/routers/onboarding";
import { patientRouter } from "~/server/api/routers/patient";
import { createCallerFactory, createTRPCRouter, publicProcedure } from "~/server/api/trpc";

export const appRouter = createTRPCRouter({
  // ok: missing-auth
  health: publicProcedure.query(() => ({ status: "ok" as const, time: new Date() })),
  patient: patientRouter,
  appointment: appointmentRouter,
  invoice: invoiceRouter,
  admin: adminRouter,
  onboarding: onboardingRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
