import { adminRouter } from "@/server/api/routers/admin";
import { appointmentRouter } from "@/server/api/routers/appointment";
import { bookingRouter } from "@/server/api/routers/booking";
import { customerRouter } from "@/server/api/routers/customer";
import { invoiceRouter } from "@/server/api/routers/invoice";
import { petRouter } from "@/server/api/routers/pet";
import { staffRouter } from "@/server/api/routers/staff";
import { createCallerFactory, createTRPCRouter } from "@/server/api/trpc";

export const appRouter = createTRPCRouter({
  pet: petRouter,
  customer: customerRouter,
  appointment: appointmentRouter,
  invoice: invoiceRouter,
  staff: staffRouter,
  admin: adminRouter,
  booking: bookingRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
