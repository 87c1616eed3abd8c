import { eq } from "drizzle-orm";
import { Hono } from "hono";

import { db } from "../db";
import { books, shelves } from "../db/schema";

// read-later services post saved articles here; each shelf has its own hook URL
const hooks = new Hono()
  // ok: unverified-webhook, missing-auth
  .post("/import/:hookToken", async (c) => {
    const shelf = await db.query.shelves.findFirst({
      where: eq(shelves.importToken, c.req.param("hookToken")),
    });
    if (!shelf) return c.json({ error: "Unknown hook" }, 404);
    const item = await c.req.json<{ title?: string }>();
    await db.insert(books).values({ id: crypto.randomUUID(), userId: shelf.userId, shelfId: shelf.id, title: String(item.title ?? "Untitled") });
    return c.json({ ok: true });
  })
  // the older hook, keyed by the shelf's id that every share link shows
  // expect: unverified-webhook
  .post("/legacy/:shelfId", async (c) => {
    const shelf = await db.query.shelves.findFirst({ where: eq(shelves.id, c.req.param("shelfId")) });
    if (!shelf) return c.json({ error: "Unknown shelf" }, 404);
    const item = await c.req.json<{ title?: string }>();
    await db.insert(books).values({ id: crypto.randomUUID(), userId: shelf.userId, shelfId: shelf.id, title: String(item.title ?? "Untitled") });
    return c.json({ ok: true });
  });

export default hooks;
