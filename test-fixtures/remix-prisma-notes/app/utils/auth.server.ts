import { Authenticator } from "remix-auth";
import { sessionStorage } from "~/utils/session.server";

export type SessionUser = { id: string; email: string };

// the form strategy is registered in auth.strategies.server.ts
export const authenticator = new Authenticator<SessionUser>(sessionStorage);
