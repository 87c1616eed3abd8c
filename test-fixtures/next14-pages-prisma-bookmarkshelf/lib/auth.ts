import type { NextApiRequest, NextApiResponse } from "next";
import { getServerSession, type NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt" },
  providers: [
    CredentialsProvider({
      credentials: { email: {}, password: {} },
      async authorize() {
        return null;
      },
    }),
  ],
};

// the signed-in user, or a 401 already sent
export async function requireUser(req: NextApiRequest, res: NextApiResponse) {
  const session = await getServerSession(req, res, authOptions);
  if (!session?.user) {
    res.status(401).json({ error: "Unauthorized" });
    return null;
  }
  return session.user as { id: number; email: string; name?: string | null };
}
