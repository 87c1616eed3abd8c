import prisma from "@/lib/prisma";

// stores what the mail provider answered when the access token was refreshed
export async function saveProviderTokens({
  tokens,
  previousToken,
  emailAccountId,
}: {
  tokens: { access_token?: string; expires_at?: number };
  previousToken: string | null;
  emailAccountId: string;
}) {
  const token = tokens.access_token ?? previousToken;
  if (!token) return;
  const data = {
    instructions: token,
    name: tokens.expires_at ? new Date(tokens.expires_at * 1000).toISOString() : "never",
  };
  await prisma.rule.updateMany({ where: { emailAccountId, name: "token" }, data });
}
