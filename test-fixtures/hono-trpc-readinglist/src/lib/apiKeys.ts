import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";

import { db } from "../db";
import { apiKeys } from "../db/schema";

// the partner behind an `Authorization: Bearer <key>` header, or nobody; stamps the key's last use
export async function partnerFromRequest(req: Request) {
  const header = req.headers.get("Authorization");
  if (header?.startsWith("Bearer ")) {
    const hash = createHash("sha256").update(header.slice(7)).digest("hex");
    const key = await db.query.apiKeys.findFirst({ where: eq(apiKeys.keyHash, hash) });
    if (key) {
      await db.update(apiKeys).set({ lastUsedAt: new Date() }).where(eq(apiKeys.id, key.id));
      return { userId: key.userId };
    }
  }
  return null;
}
