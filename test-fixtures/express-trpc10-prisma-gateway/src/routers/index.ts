import { router } from '../trpc';
import { notesRouter } from './notes';
import { teamRouter } from './team';

export const appRouter = router({
  notes: notesRouter,
  team: teamRouter,
});

export type AppRouter = typeof appRouter;
