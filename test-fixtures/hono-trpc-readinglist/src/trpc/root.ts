import { router } from "./init";
import { adminRouter } from "./routers/admin";
import { shelvesRouter } from "./routers/shelves";
import { showcaseRouter } from "./routers/showcase";

export const appRouter = router({
  shelves: shelvesRouter,
  admin: adminRouter,
  showcase: showcaseRouter,
});

export type AppRouter = typeof appRouter;
