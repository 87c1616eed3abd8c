"use server";

import { z } from "zod";
import prisma from "@/lib/prisma";
import { actionClientUser } from "@/lib/safe-action";
import { saveProviderTokens } from "@/lib/tokens";

async function refreshProviderToken(emailAccountId: string) {
  const res = await fetch("https://oauth.example.test/token", { method: "POST", body: emailAccountId });
  return (await res.json()) as { access_token?: string; expires_at?: number };
}

// takes no input: what it writes is worked out on the server
// ok: missing-input-validation
export const resetRulesAction = actionClientUser.action(async ({ ctx: { userId } }) => {
  const accounts = await prisma.emailAccount.findMany({ where: { userId }, select: { id: true } });
  for (const account of accounts) {
    const tokens = await refreshProviderToken(account.id);
    await saveProviderTokens({ tokens, previousToken: null, emailAccountId: account.id });
  }
  await prisma.rule.updateMany({
    where: { emailAccountId: { in: accounts.map((a) => a.id) } },
    data: { instructions: `reset ${new Date().toISOString()}` },
  });
  return { reset: accounts.length };
});

// ok: missing-input-validation
export const renameAccountAction = actionClientUser
  .inputSchema(z.object({ emailAccountId: z.string(), name: z.string().max(80) }))
  .action(async ({ ctx: { userId }, parsedInput: { emailAccountId, name } }) => {
    await prisma.user.update({ where: { id: userId }, data: { name } });
    return { emailAccountId };
  });

// a plain server action: the form's fields go straight into the row
// expect: missing-input-validation
export async function updateProfile(formData: FormData) {
  const { auth } = await import("@/lib/auth");
  const session = await auth();
  if (!session?.user) throw new Error("Unauthorized");
  await prisma.user.update({
    where: { id: session.user.id },
    data: { name: String(formData.get("name")), email: String(formData.get("email")) },
  });
}
