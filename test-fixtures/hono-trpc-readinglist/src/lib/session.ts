import { eq } from "drizzle-orm";

import { db } from "../db";
import { users } from "../db/schema";

// resolves the session cookie to a user; null when there is none
export async function userFromCookie(cookie: string | undefined) {
  if (!cookie) return null;
  const row = await db.query.users.findFirst({ where: eq(users.id, cookie) });
  return row ? { id: row.id, role: row.role } : null;
}
