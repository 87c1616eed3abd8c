import { createCookie, createCookieSessionStorage } from "@remix-run/node";

// Support staff can view the app as a customer; the original admin id rides along.
// expect: insecure-cookie
export const impersonationStorage = createCookieSessionStorage({
  cookie: {
    name: "__impersonation",
    path: "/",
    secrets: [process.env.SESSION_SECRET as string],
    maxAge: 60 * 60,
  },
});

// ok: insecure-cookie
export const themeCookie = createCookie("theme", { maxAge: 60 * 60 * 24 * 365 });

// expect: insecure-cookie
export const rememberMeCookie = createCookie("remember_me", { httpOnly: true, sameSite: "lax" });
