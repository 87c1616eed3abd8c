import NextAuth from "next-auth";

import { authOptions } from "~/server/auth";

const handler = NextAuth(authOptions);

// ok: missing-rate-limit
export { handler as GET, handler as POST };
