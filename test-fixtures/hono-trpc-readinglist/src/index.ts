import { serve } from "@hono/node-server";
import { trpcServer } from "@hono/trpc-server";
import { getCookie } from "hono/cookie";
import { Hono } from "hono";

import { db } from "./db";
import { userFromCookie } from "./lib/session";
import books from "./routes/books";
import hooks from "./routes/hooks";
import partner from "./routes/partner";
import type { Context } from "./trpc/init";
import { appRouter } from "./trpc/root";

const app = new Hono<{ Variables: { ctx: Context } }>();

// every request gets a context; whether a user is required is up to each route
app.use("*", async (c, next) => {
  const user = await userFromCookie(getCookie(c, "rl_session"));
  c.set("ctx", { user, ip: c.req.header("x-forwarded-for") ?? null, db });
  await next();
});

app.route("/api/books", books);
app.route("/api/hooks", hooks);
app.route("/api/partner", partner);

app.use(
  "/api/trpc/*",
  trpcServer({
    endpoint: "/api/trpc",
    router: appRouter,
    createContext: (_opts, c) => c.var.ctx,
  }),
);

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3000) });
