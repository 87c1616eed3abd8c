import { eq } from "drizzle-orm";
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";

import { db } from "../db";
import { books } from "../db/schema";
import { hit } from "../lib/quota";
import type { Context } from "../trpc/init";

type Env = { Variables: { ctx: Context } };

// per-caller quota for the REST API: 429 past the limit, whoever is calling
const perCallerQuota = createMiddleware<Env>(async (c, next) => {
  const who = c.var.ctx.user?.id ?? c.req.header("x-forwarded-for") ?? "anon";
  const res = await hit(`rest:${who}`, 120, 60_000);
  if (!res.allowed) {
    return c.json({ error: "Too many requests" }, 429);
  }
  await next();
});

const requireUser = createMiddleware<Env>(async (c, next) => {
  if (!c.var.ctx.user) {
    return c.json({ error: "Unauthorized" }, 401);
  }
  await next();
});

const app = new Hono<Env>()
  // ok: missing-auth
  .get("/mine", perCallerQuota, requireUser, async (c) => {
    const rows = await db.query.books.findMany({ where: eq(books.userId, c.var.ctx.user!.id) });
    return c.json({ books: rows });
  })
  // ok: missing-auth, missing-rate-limit
  .get("/export", perCallerQuota, requireUser, async (c) => {
    const rows = await db.query.books.findMany({ where: eq(books.userId, c.var.ctx.user!.id) });
    return c.json({ exportedAt: new Date().toISOString(), books: rows });
  })
  // expect: missing-auth
  .delete("/:bookId", perCallerQuota, async (c) => {
    await db.delete(books).where(eq(books.id, c.req.param("bookId")));
    return c.body(null, 204);
  });

export default app;
