import { createCookieSessionStorage } from "react-router";

type SessionData = { userId: string };
type SessionFlash = { toast: string };

// ok: insecure-cookie
export const sessionStorage = createCookieSessionStorage<SessionData, SessionFlash>({
  cookie: {
    name: "__tally_session",
    httpOnly: true,
    maxAge: 60 * 60 * 24 * 14,
    path: "/",
    sameSite: "lax",
    // ok: hardcoded-secret
    secrets: (process.env.SESSION_SECRETS ?? "").split(","),
    secure: process.env.NODE_ENV === "production",
  },
});

export const { getSession, commitSession, destroySession } = sessionStorage;
