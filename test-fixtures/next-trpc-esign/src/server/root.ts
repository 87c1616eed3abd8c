import { router } from './trpc';
import { webhookRouter } from './routers/webhook';
import { documentRouter } from './routers/document';

export const appRouter = router({
  webhook: webhookRouter,
  document: documentRouter,
});

export type AppRouter = typeof appRouter;
