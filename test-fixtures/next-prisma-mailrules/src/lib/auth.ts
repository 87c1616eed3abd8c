import { betterAuth } from "better-auth";
import { headers } from "next/headers";

export const betterAuthConfig = betterAuth({
  emailAndPassword: { enabled: true },
});

export async function auth() {
  return betterAuthConfig.api.getSession({ headers: await headers() });
}
