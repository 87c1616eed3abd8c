import { createTRPCRouter, mergeRouters } from './trpc';
import { grantRouter } from './routers/grant';
import { applicationRouter } from './routers/application';
import { adminRouter } from './routers/admin';
import { fundingRouter } from './routers/funding';
import { reportRouter } from './routers/report';
import { reviewRouter } from './routers/review';

const featureRouter = createTRPCRouter({
  grant: grantRouter,
  application: applicationRouter,
  admin: adminRouter,
  funding: fundingRouter,
  review: reviewRouter,
});

export const appRouter = mergeRouters(featureRouter, reportRouter);

export type AppRouter = typeof appRouter;
