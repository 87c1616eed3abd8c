import { and, eq } from "drizzle-orm";
import { Hono } from "hono";
import { createMiddleware } from "hono/factory";

import { db } from "../db";
import { books } from "../db/schema";
import { partnerFromRequest } from "../lib/apiKeys";

type Env = { Variables: { partner: { userId: string } | null } };

// puts the partner (or null) on the context; it turns nobody away
const partnerAuth = createMiddleware<Env>(async (c, next) => {
  c.set("partner", await partnerFromRequest(c.req.raw));
  await next();
});

const requirePartner = createMiddleware<Env>(async (c, next) => {
  if (!c.var.partner) {
    return c.json({ error: "invalid API key" }, 401);
  }
  await next();
});

const partner = new Hono<Env>()
  .use(partnerAuth)
  // ok: missing-auth
  .get("/books", requirePartner, async (c) => {
    const rows = await db.query.books.findMany({ where: eq(books.userId, c.var.partner!.userId) });
    return c.json({ books: rows });
  })
  // ok: missing-auth, unscoped-tenant-query
  .get("/books/:bookId", requirePartner, async (c) => {
    const row = await db.query.books.findFirst({ where: and(eq(books.id, c.req.param("bookId")), eq(books.userId, c.var.partner!.userId)) });
    return row ? c.json(row) : c.json({ error: "not found" }, 404);
  })
  // forgot requirePartner: partnerAuth only loads the caller
  // expect: missing-auth
  .get("/books/:bookId/note", async (c) => {
    const row = await db.query.books.findFirst({ where: eq(books.id, c.req.param("bookId")), columns: { note: true } });
    return c.json({ note: row?.note ?? null });
  });

export default partner;
