"use server";

import { randomBytes } from "node:crypto";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";

import { auth } from "@/server/auth";
import { db } from "@/server/db";

// Platform support: act as a salon's owner to reproduce a problem.
// ok: missing-auth, missing-role-check
// expect: missing-input-validation
export async function startImpersonation(organizationId: string) {
  const session = await auth();
  if (!session?.user || session.user.platformRole !== "SUPERADMIN") throw new Error("Forbidden");
  const token = randomBytes(32).toString("hex");
  await db.auditLog.create({ data: { organizationId, actorId: session.user.id, action: "impersonation.start" } });
  const cookieStore = await cookies();
  // expect: insecure-cookie
  cookieStore.set("impersonate_session", token, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 3600 });
  redirect("/dashboard");
}
