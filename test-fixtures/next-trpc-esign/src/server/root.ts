import { router } from './trpc';
import { webhookRouter } from './routers/webhook';
import { documentRouter } from './routers/document';
import { recipientRouter } from './routers/recipient';

export const appRouter = router({
  webhook: webhookRouter,
  document: documentRouter,
  recipient: recipientRouter,
});

export type AppRouter = typeof appRouter;
